// Twelve families stay readable and choosable: the board draws the comparison set the teacher
// picks (View › Comparison families…), the chooser groups the families, keys 1–9 and N reach
// them, and the cheat sheet prints the families checked in its companion. The catalog here has
// five test families registered at run time besides the built-in ones, so nothing below relies
// on the number of families the lab ships.

#include "board/activationboard.h"
#include "board/boardlegend.h"
#include "cheatsheet/cheatsheetactions.h"
#include "cheatsheet/cheatsheetexport.h"
#include "family.h"
#include "labpage/labcontrols.h"
#include "labsettings.h"
#include "support/labwindow.h"
#include "widgets/familychecklist.h"
#include "widgets/familychoicedialog.h"
#include "widgets/familychooser.h"
#include "widgets/familygroups.h"
#include "window/windowoverlay.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineSeries>
#include <QMenu>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#include <functional>
#include <memory>

using namespace relulab;

namespace {

struct TestFamily
{
    const char *id;
    const char *name;
    quint32 color;
    FamilyGroup group;
};

// Not seed families: they join after the five, as the catalog's new families do.
const TestFamily kTestFamilies[] = {
    {"test-steep", "Test Steep", 0x8E2C9A, FamilyGroup::ReluFamily},
    {"test-shallow", "Test Shallow", 0x2C8E7A, FamilyGroup::ReluFamily},
    {"test-capped", "Test Capped", 0x9A6A2C, FamilyGroup::ReluFamily},
    {"test-oldie", "Test Oldie", 0x5C5C9A, FamilyGroup::BeforeRelu},
    {"test-elder", "Test Elder", 0x9A2C4A, FamilyGroup::BeforeRelu},
};

// gain·max(0, x) with a gain of its own per family, so every curve differs.
FamilySpec rampFamily(const TestFamily &family, double gain)
{
    FamilySpec ramp;
    ramp.id = QString::fromLatin1(family.id);
    ramp.displayName = QString::fromLatin1(family.name);
    ramp.pytorch = QStringLiteral("torch.nn.%1()").arg(QString::fromLatin1(family.name).remove(QLatin1Char(' ')));
    ramp.keras = QStringLiteral("none");
    ramp.color = family.color;
    ramp.seed = false;
    ramp.group = family.group;
    ramp.parameters = {{QStringLiteral("gain"), "Gain", QStringLiteral("g"), gain, 0.5, 4.0, 0.5, 2, {}, {}}};
    ramp.evaluate = [](double x, const ParameterValues &v) {
        return x > 0.0 ? activation::Sample{v[0] * x, v[0]} : activation::Sample{0.0, 0.0};
    };
    ramp.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        for (qsizetype i = 0; i < n; ++i) {
            value[i] = x[i] > 0.0 ? v[0] * x[i] : 0.0;
            slope[i] = x[i] > 0.0 ? v[0] : 0.0;
        }
    };
    ramp.isKink = [](double x, const ParameterValues &) { return x == 0.0; };
    ramp.regime = [](double x, const ParameterValues &, const activation::Sample &) {
        return x > 0.0 ? Regime::Active : x == 0.0 ? Regime::Hinge : Regime::Dead;
    };
    ramp.describe = [](const FamilySpec &, const ParameterValues &, FamilyFacts *facts) {
        facts->formula.value = {QStringLiteral("f(%x) = %{gain}·max(0, %x)")};
        facts->formula.slope = {QStringLiteral("f′(%x) = \\c{%{gain}}{%x > 0}{0}{%x ≤ 0}")};
        facts->outputRange = {"[0, ∞)", {}};
        facts->negativeSlope = {"%1: the test ramp passes nothing left of 0", {{0.0}}};
    };
    return ramp;
}

// Runs `act` on the dialog that `trigger` opens (modal: it runs its own event loop).
template<typename Dialog>
bool onDialog(const std::function<void()> &trigger, const std::function<void(Dialog *)> &act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        act(dialog);
    });
    trigger();
    return seen;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestFamilyChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void comparisonDefaultsToTheSeedFamilies();
    void comparisonMenuChangesCurvesAndLegend();
    void comparisonIsRememberedAndValidated();
    void legendFitsOneRowAt1366();
    void digitKeysChooseTheFirstNineFamilies();
    void nCyclesThroughEveryFamily();
    void keyListNamesTheFamilyKeys();
    void chooserGroupsTheFamilies();
    void cheatSheetChecklistFeedsThePdf();
    void printDialogCarriesTheChecklist();

private:
    void showWindow();

    std::unique_ptr<testsupport::LabWindow> m_lab;
};

void TestFamilyChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_familychoice"));
    // Before any model exists: a model knows the families of the catalog it was built with.
    double gain = 1.5;
    for (const TestFamily &family : kTestFamilies) {
        QVERIFY(FamilyCatalog::add(rampFamily(family, gain)));
        gain += 0.5;
    }
    QVERIFY(FamilyCatalog::all().size() >= 10);
}

void TestFamilyChoice::init()
{
    QSettings().clear();
    m_lab = std::make_unique<testsupport::LabWindow>();
}

void TestFamilyChoice::cleanup()
{
    m_lab.reset();
}

void TestFamilyChoice::showWindow()
{
    m_lab->window.resize(1366, 768);
    m_lab->window.show();
    QVERIFY(QTest::qWaitForWindowActive(&m_lab->window));
}

void TestFamilyChoice::comparisonDefaultsToTheSeedFamilies()
{
    QCOMPARE(m_lab->model.comparisonIds(), FamilyCatalog::seedIds());
    ActivationBoard *board = m_lab->window.board();
    for (const QString &id : FamilyCatalog::ids()) {
        const bool faint = id != m_lab->model.family() && FamilyCatalog::find(id)->seed;
        QCOMPARE(board->familySeries(ActivationBoard::Plot::Activation, id)->isVisible(), faint);
        QCOMPARE(board->familySeries(ActivationBoard::Plot::Derivative, id)->isVisible(), faint);
    }
    QCOMPARE(board->legend()->listedFamilies(), FamilyCatalog::seedIds());
}

void TestFamilyChoice::comparisonMenuChangesCurvesAndLegend()
{
    showWindow();
    auto *action = m_lab->window.findChild<QAction *>(QStringLiteral("chooseComparison"));
    QVERIFY(action);
    bool inViewMenu = false;
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            inViewMenu = inViewMenu || menu->actions().contains(m_lab->window.findChild<QAction *>(QStringLiteral("showOtherFamilies")));
    }
    QVERIFY(inViewMenu);
    QVERIFY(!action->text().isEmpty());

    const QString dropped = FamilyCatalog::seedIds().at(2);
    QStringList groupsSeen;
    QVERIFY(onDialog<FamilyChoiceDialog>([action] { action->trigger(); }, [&](FamilyChoiceDialog *dialog) {
        FamilyChecklist *list = dialog->checklist();
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            groupsSeen.append(list->groupItem(g)->text(0));
        // Space on the focused row checks it, as a keyboard user would.
        list->setCurrentItem(list->familyItem(QStringLiteral("test-steep")));
        QTest::keyClick(list->viewport(), Qt::Key_Space);
        list->familyItem(dropped)->setCheckState(0, Qt::Unchecked);
        list->familyItem(QStringLiteral("test-oldie"))->setCheckState(0, Qt::Checked);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    }));
    QCOMPARE(groupsSeen, QStringList({familyGroupTitle(FamilyGroup::ReluFamily), familyGroupTitle(FamilyGroup::BeforeRelu)}));

    QStringList expected = FamilyCatalog::seedIds();
    expected.removeOne(dropped);
    // In catalog order, whatever order they were checked in.
    for (const QString &id : FamilyCatalog::ids()) {
        if (id == QStringLiteral("test-steep") || id == QStringLiteral("test-oldie"))
            expected.append(id);
    }
    QCOMPARE(m_lab->model.comparisonIds(), expected);

    ActivationBoard *board = m_lab->window.board();
    const auto faint = [board](const QString &id) {
        return board->familySeries(ActivationBoard::Plot::Activation, id);
    };
    QVERIFY(!faint(dropped)->isVisible());
    QVERIFY(faint(QStringLiteral("test-steep"))->isVisible());
    QVERIFY(faint(QStringLiteral("test-steep"))->count() > 1);
    QVERIFY(faint(QStringLiteral("test-oldie"))->isVisible());
    QVERIFY(!faint(QStringLiteral("test-elder"))->isVisible());
    // The output axis now reaches the steepest drawn curve: 3·4 at x = 4 (gains 1.5, 2, 2.5, 3, 3.5).
    QVERIFY(board->yAxis(ActivationBoard::Plot::Activation)->max() >= 3.0 * 4.0);

    // The legend lists exactly the drawn families, each entry shown.
    BoardLegend *legend = board->legend();
    QCOMPARE(legend->listedFamilies(), expected);
    QVERIFY(legend->entry(QStringLiteral("test-steep"))->isVisible());
    QVERIFY(!legend->entry(dropped)->isVisible());
    QVERIFY(!legend->entry(QStringLiteral("test-elder"))->isVisible());

    // Choosing a family outside the set draws it bold and names it in the legend too.
    QVERIFY(m_lab->model.setFamily(QStringLiteral("test-elder")));
    QVERIFY(legend->listedFamilies().contains(QStringLiteral("test-elder")));
    QVERIFY(legend->entry(QStringLiteral("test-elder"))->isVisible());
    QVERIFY(board->selectedSeries(ActivationBoard::Plot::Activation)->count() > 1);
    QVERIFY(m_lab->model.setFamily(FamilyCatalog::seedIds().constFirst()));
    QVERIFY(!legend->listedFamilies().contains(QStringLiteral("test-elder")));

    // Cancel changes nothing.
    QVERIFY(onDialog<FamilyChoiceDialog>([action] { action->trigger(); }, [](FamilyChoiceDialog *dialog) {
        dialog->checklist()->setCheckedIds({});
        dialog->reject();
    }));
    QCOMPARE(m_lab->model.comparisonIds(), expected);
    // "Seed families" goes back to the default; an empty set is allowed (the selected family alone).
    QVERIFY(onDialog<FamilyChoiceDialog>([action] { action->trigger(); }, [](FamilyChoiceDialog *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("seedFamilies"))->click();
        dialog->accept();
    }));
    QCOMPARE(m_lab->model.comparisonIds(), FamilyCatalog::seedIds());
    QVERIFY(m_lab->model.setComparisonIds({}));
    QCOMPARE(legend->listedFamilies(), QStringList{m_lab->model.family()});
    for (const QString &id : FamilyCatalog::ids())
        QVERIFY(!faint(id)->isVisible());
}

void TestFamilyChoice::comparisonIsRememberedAndValidated()
{
    QString error;
    QVERIFY(!m_lab->model.setComparisonIds({QStringLiteral("relu-ish")}, &error));
    QVERIFY2(error.contains(QStringLiteral("relu-ish")) && error.contains(QStringLiteral("test-oldie")), qPrintable(error));
    QVERIFY(!m_lab->model.setComparisonIds({QStringLiteral("test-oldie"), QStringLiteral("test-oldie")}, &error));
    QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
    QCOMPARE(m_lab->model.comparisonIds(), FamilyCatalog::seedIds());

    const QStringList chosen = {QStringLiteral("test-capped"), QStringLiteral("test-elder")};
    QVERIFY(m_lab->model.setComparisonIds(chosen));
    QSettings settings;
    saveLabState(m_lab->model, settings);
    LabModel restored;
    QString notice;
    restoreLabState(&restored, settings, &notice);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(restored.comparisonIds(), chosen);
    // The empty set survives the round trip as empty, not as "no entry".
    QVERIFY(m_lab->model.setComparisonIds({}));
    saveLabState(m_lab->model, settings);
    restoreLabState(&restored, settings, &notice);
    QVERIFY(restored.comparisonIds().isEmpty());
    // A damaged entry is named and ignored.
    settings.setValue(QStringLiteral("lab/comparison"), QStringLiteral("relu,nonsense"));
    LabModel fresh;
    restoreLabState(&fresh, settings, &notice);
    QVERIFY2(notice.contains(QStringLiteral("comparison")), qPrintable(notice));
    QCOMPARE(fresh.comparisonIds(), FamilyCatalog::seedIds());
}

void TestFamilyChoice::legendFitsOneRowAt1366()
{
    // The default comparison set keeps the legend on one row at 1366×768, in every language;
    // all ten families would not.
    showWindow();
    BoardLegend *legend = m_lab->window.board()->legend();
    for (const QString &language : m_lab->languages.languages()) {
        m_lab->languages.switchTo(language);
        QApplication::processEvents();
        int rowHeight = 0;
        for (BoardLegendEntry *entry : legend->entries())
            rowHeight = std::max(rowHeight, entry->sizeHint().height());
        QVERIFY2(legend->heightForWidth(legend->width()) <= rowHeight,
                 qPrintable(QStringLiteral("%1: %2 wide, needs %3").arg(language).arg(legend->width()).arg(legend->sizeHint().width())));
        QTRY_VERIFY2(legend->height() <= rowHeight + 2, qPrintable(language));
    }
}

void TestFamilyChoice::digitKeysChooseTheFirstNineFamilies()
{
    showWindow();
    const QStringList keyed = familyKeyOrder();
    QCOMPARE(keyed.size(), 9);
    // 1–5 keep their meaning: the seed families, in catalog order.
    QCOMPARE(keyed.mid(0, FamilyCatalog::seedIds().size()), FamilyCatalog::seedIds());
    // 6–9: the next families in catalog order, whatever the lab ships.
    QStringList rest = FamilyCatalog::ids();
    for (const QString &seed : FamilyCatalog::seedIds())
        rest.removeOne(seed);
    QCOMPARE(keyed.mid(FamilyCatalog::seedIds().size()), rest.mid(0, 9 - FamilyCatalog::seedIds().size()));
    for (int i = 8; i >= 0; --i) {
        QTest::keyClick(&m_lab->window, Qt::Key(Qt::Key_1 + i));
        QCOMPARE(m_lab->model.family(), keyed.at(i));
    }
}

void TestFamilyChoice::nCyclesThroughEveryFamily()
{
    showWindow();
    const QStringList ids = FamilyCatalog::ids();
    QVERIFY(m_lab->model.setFamily(ids.constFirst()));
    QStringList seen;
    for (int i = 0; i < ids.size(); ++i) {
        QTest::keyClick(&m_lab->window, Qt::Key_N);
        seen.append(m_lab->model.family());
    }
    QCOMPARE(seen, ids.mid(1) + ids.mid(0, 1)); // every family once, then back to the first
    QTest::keyClick(&m_lab->window, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(m_lab->model.family(), ids.constLast());
    QTest::keyClick(&m_lab->window, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(m_lab->model.family(), ids.at(ids.size() - 2));
}

void TestFamilyChoice::keyListNamesTheFamilyKeys()
{
    const QString text = m_lab->window.shortcutOverlay()->text();
    QVERIFY(text.contains(QStringLiteral("<b>1 – 5</b>")));
    QVERIFY(text.contains(QStringLiteral("<b>6 – 9</b>")));
    const QStringList keyed = familyKeyOrder();
    QStringList sixToNine;
    for (qsizetype i = FamilyCatalog::seedIds().size(); i < keyed.size(); ++i)
        sixToNine.append(FamilyCatalog::find(keyed.at(i))->displayName);
    QVERIFY2(text.contains(sixToNine.join(QStringLiteral(", "))), qPrintable(sixToNine.join(QStringLiteral(", "))));
    QVERIFY(!text.contains(QStringLiteral("Test Elder"))); // the last has no digit: N reaches it
    QVERIFY(text.contains(QStringLiteral("through all %1").arg(FamilyCatalog::all().size())));
    // Translated, with the catalog's numbers filled in.
    m_lab->languages.switchTo(QStringLiteral("fr"));
    const QString french = m_lab->window.shortcutOverlay()->text();
    QVERIFY(french.contains(QStringLiteral("<b>N, Maj + N</b>")));
    QVERIFY(french.contains(QStringLiteral("parmi les %1").arg(FamilyCatalog::all().size())));
}

void TestFamilyChoice::chooserGroupsTheFamilies()
{
    showWindow();
    FamilyChooser *chooser = m_lab->window.controls()->familyChooser();
    QComboBox *combo = chooser->comboBox();
    QCOMPARE(chooser->groupTitles(),
             QStringList({familyGroupTitle(FamilyGroup::ReluFamily), familyGroupTitle(FamilyGroup::BeforeRelu)}));
    QCOMPARE(combo->count(), FamilyCatalog::all().size() + 2);
    for (int row : chooser->headerRows()) {
        QVERIFY(combo->itemData(row).toString().isEmpty());
        QVERIFY(!(qobject_cast<QStandardItemModel *>(combo->model())->item(row)->flags() & Qt::ItemIsEnabled));
    }
    // Every "before ReLU" family stands under its header, after every ReLU-family one.
    const int beforeHeader = chooser->headerRows().at(1);
    for (const FamilySpec &spec : FamilyCatalog::all())
        QCOMPARE(combo->findData(spec.id) > beforeHeader, spec.group == FamilyGroup::BeforeRelu);

    // Down from the last ReLU-family entry skips the header to the first "before ReLU" family.
    QString lastRelu;
    QString firstBefore;
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        if (spec.group == FamilyGroup::ReluFamily)
            lastRelu = spec.id;
        else if (firstBefore.isEmpty())
            firstBefore = spec.id;
    }
    QCOMPARE(lastRelu, QStringLiteral("test-capped")); // registered after every built-in family
    QVERIFY(m_lab->model.setFamily(lastRelu));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_lab->model.family(), firstBefore);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_lab->model.family(), lastRelu);
    // The headers follow the language.
    m_lab->languages.switchTo(QStringLiteral("de"));
    QTRY_COMPARE(chooser->groupTitles().constFirst(), familyGroupTitle(FamilyGroup::ReluFamily));
    QVERIFY(chooser->groupTitles().constFirst() != QStringLiteral("ReLU family"));
}

void TestFamilyChoice::cheatSheetChecklistFeedsThePdf()
{
    auto *actions = m_lab->window.findChild<CheatSheetActions *>();
    QVERIFY(actions);
    QCOMPARE(actions->families(), FamilyCatalog::seedIds());
    QVERIFY(onDialog<FamilyChoiceDialog>([actions] { actions->familiesAction()->trigger(); },
                                         [](FamilyChoiceDialog *dialog) {
        FamilyChecklist *list = dialog->checklist();
        // Nothing checked: OK waits and the dialog says why.
        list->setCheckedIds({});
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        list->setCheckedIds({QStringLiteral("relu"), QStringLiteral("test-oldie"), QStringLiteral("test-steep")});
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->accept();
    }));
    const QStringList chosen = {FamilyCatalog::ids().constFirst(), QStringLiteral("test-steep"), QStringLiteral("test-oldie")};
    QCOMPARE(actions->families(), chosen);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(actions->exportTo(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Test Steep")));
    QVERIFY(text.contains(QStringLiteral("Test Oldie")));
    QVERIFY(text.contains(QStringLiteral("torch.nn.TestOldie()")));
    QVERIFY(!text.contains(QStringLiteral("Test Elder")));
    QVERIFY(!text.contains(QStringLiteral("torch.nn.GELU")));
    // The at-a-glance table lists the chosen families, in order, after its title.
    const int glance = text.lastIndexOf(QStringLiteral("At a glance"));
    QVERIFY(glance >= 0);
    const QString table = text.mid(glance);
    QVERIFY(table.indexOf(QStringLiteral("Test Steep")) > 0);
    QVERIFY(table.indexOf(QStringLiteral("Test Oldie")) > table.indexOf(QStringLiteral("Test Steep")));

    // Remembered: a new window's actions start from the same families.
    testsupport::LabWindow other;
    QCOMPARE(other.window.findChild<CheatSheetActions *>()->families(), chosen);
}

void TestFamilyChoice::printDialogCarriesTheChecklist()
{
    auto *actions = m_lab->window.findChild<CheatSheetActions *>();
    QStringList checkedInDialog;
    QString tabTitle;
    const bool seen = onDialog<QPrintDialog>([actions] { actions->printAction()->trigger(); }, [&](QPrintDialog *dialog) {
        auto *tab = dialog->findChild<QWidget *>(QStringLiteral("cheatSheetFamiliesTab"));
        if (tab) {
            tabTitle = tab->windowTitle();
            checkedInDialog = tab->findChild<FamilyChecklist *>()->checkedIds();
        }
        dialog->reject();
    });
    QVERIFY2(seen, "the print dialog did not open");
    QCOMPARE(tabTitle, QStringLiteral("Families"));
    QCOMPARE(checkedInDialog, FamilyCatalog::seedIds());
}

QTEST_MAIN(TestFamilyChoice)
#include "tst_familychoice.moc"
