#include "labmodel.h"
#include "lessons/lessonactions.h"
#include "lessondeck.h"
#include "lessons/lessoneditor.h"
#include "lessons/lessonstepfields.h"
#include "board/activationboard.h"
#include "survival/batchstatisticspanel.h"
#include "survival/depthlabpanel.h"
#include "survival/gradientsurvivalview.h"
#include "support/labwindow.h"
#include "lessonplayer.h"
#include "scenario.h"
#include "teaching.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace relulab;

namespace {

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

void setLab(LabModel *model, const QString &family, const QString &assignment, double probe)
{
    QVERIFY(model->setFamily(family));
    if (!assignment.isEmpty())
        QVERIFY(model->setParameterFromText(assignment));
    QVERIFY(model->setProbe(probe));
}

// Types a value into a spin box as a teacher does: select what is there, type, Enter (which
// takes the value and must not press "Save as…": a modal dialog would block the test).
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestLessonEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsALessonFromTheLab();
    void keyboardReordersAndDeletes();
    void editingKeepsOtherLanguages();
    void editsTheTeachingLanguage();
    void saveFailureChangesNothing();
    void actionsOpenLessons();
    void sigmoidToGeluLessonOpensFromTheFileMenu();
    void brokenLessonKeepsTheDeckAndShowsTheMessage();
    void saveLessonAsOpensTheEditorWithTheDeck();
    void actionsRetranslate();
    void dropDataNamesOneLessonFile();
    void editsTheViewFieldsOfAStep();
    void captureFillsTheFieldsFromTheWindow();

private:
    QTemporaryDir m_dir;
};

void TestLessonEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings writes go to a test location
    QVERIFY(m_dir.isValid());
}

void TestLessonEditor::buildsALessonFromTheLab()
{
    LabModel model;
    Teaching teaching;
    LessonEditor editor(&model, &teaching);
    editor.setDeck(LessonDeck());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.saveAsButton()->isEnabled());
    QVERIFY(!editor.deleteButton()->isEnabled());
    QVERIFY(!editor.stepTitleEdit()->isEnabled());

    setLab(&model, QStringLiteral("elu"), QStringLiteral("alpha=0.5"), -2.0);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(itemTexts(editor.stepList()), QStringList{QStringLiteral("1. ELU, x = -2")});
    QVERIFY(editor.isModified());
    QVERIFY(editor.saveAsButton()->isEnabled());
    QCOMPARE(editor.stepTitleEdit()->text(), QString());
    QTest::keyClicks(editor.stepTitleEdit(), QStringLiteral("A smooth floor"));
    QCOMPARE(itemTexts(editor.stepList()), QStringList{QStringLiteral("1. A smooth floor")});
    QTest::keyClicks(editor.stepNoteEdit(), QStringLiteral("Output near -0.43."));

    setLab(&model, QStringLiteral("gelu"), QStringLiteral("approximate=tanh"), -0.75);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    setLab(&model, QStringLiteral("relu"), QString(), 3.0);
    editor.selectStep(0);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton); // goes in after the selected step
    QCOMPARE(itemTexts(editor.stepList()),
             (QStringList{QStringLiteral("1. A smooth floor"), QStringLiteral("2. ReLU, x = 3"),
                          QStringLiteral("3. GELU, x = -0.75")}));
    QCOMPARE(editor.currentStep(), 1);

    // GELU to the top, then delete ReLU.
    editor.selectStep(2);
    QTest::mouseClick(editor.moveUpButton(), Qt::LeftButton);
    QTest::mouseClick(editor.moveUpButton(), Qt::LeftButton);
    QCOMPARE(editor.currentStep(), 0);
    QVERIFY(!editor.moveUpButton()->isEnabled());
    QTest::mouseClick(editor.moveDownButton(), Qt::LeftButton);
    QTest::mouseClick(editor.moveUpButton(), Qt::LeftButton);
    editor.selectStep(2);
    QVERIFY(!editor.moveDownButton()->isEnabled());
    QTest::mouseClick(editor.deleteButton(), Qt::LeftButton);
    QCOMPARE(itemTexts(editor.stepList()),
             (QStringList{QStringLiteral("1. GELU, x = -0.75"), QStringLiteral("2. A smooth floor")}));
    QCOMPARE(editor.currentStep(), 1);

    editor.deckTitleEdit()->setFocus();
    QTest::keyClicks(editor.deckTitleEdit(), QStringLiteral("Negative side"));

    const QString path = m_dir.filePath(QStringLiteral("built.relulesson"));
    QSignalSpy saved(&editor, &LessonEditor::deckSaved);
    QString error;
    QVERIFY2(editor.saveTo(path, &error), qPrintable(error));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.path(), path);
    QVERIFY2(editor.windowTitle().contains(QStringLiteral("built.relulesson")), qPrintable(editor.windowTitle()));

    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, editor.deck());
    QCOMPARE(loaded.title.in(QStringLiteral("en")), QStringLiteral("Negative side"));
    QCOMPARE(loaded.steps.size(), 2);
    QCOMPARE(loaded.steps[0].state.family, QStringLiteral("gelu"));
    QCOMPARE(loaded.steps[0].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("approximate"), 1.0}}));
    QCOMPARE(loaded.steps[0].state.probe, -0.75);
    QVERIFY(loaded.steps[0].title.isEmpty());
    QCOMPARE(loaded.steps[1].state.family, QStringLiteral("elu"));
    QCOMPARE(loaded.steps[1].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("alpha"), 0.5}}));
    QCOMPARE(loaded.steps[1].state.probe, -2.0);
    QCOMPARE(loaded.steps[1].title.in(QStringLiteral("en")), QStringLiteral("A smooth floor"));
    QCOMPARE(loaded.steps[1].note.in(QStringLiteral("en")), QStringLiteral("Output near -0.43."));
}

void TestLessonEditor::keyboardReordersAndDeletes()
{
    LabModel model;
    Teaching teaching;
    LessonEditor editor(&model, &teaching);
    editor.setDeck(LessonDeck::builtIn());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    const LessonDeck builtIn = LessonDeck::builtIn();
    QCOMPARE(editor.stepList()->count(), builtIn.steps.size());
    QCOMPARE(editor.currentStep(), 0);

    editor.stepList()->setFocus();
    QTest::keyClick(editor.stepList(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor.currentStep(), 1);
    QCOMPARE(editor.deck().steps[0], builtIn.steps[1]);
    QCOMPARE(editor.deck().steps[1], builtIn.steps[0]);
    QTest::keyClick(editor.stepList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor.deck(), builtIn);
    QTest::keyClick(editor.stepList(), Qt::Key_Delete);
    QCOMPARE(editor.deck().steps.size(), builtIn.steps.size() - 1);
    QCOMPARE(editor.deck().steps[0], builtIn.steps[1]);
    QVERIFY(editor.isModified());

    // Tab leaves the note field instead of typing a tab into it.
    editor.stepNoteEdit()->setFocus();
    QTest::keyClick(editor.stepNoteEdit(), Qt::Key_Tab);
    QVERIFY(!editor.stepNoteEdit()->hasFocus());
    QVERIFY(editor.deck().steps[0].note.isEmpty());

    // Every control can be told apart by assistive technology.
    for (QWidget *widget : std::initializer_list<QWidget *>{
             editor.stepList(), editor.deckTitleEdit(), editor.stepTitleEdit(), editor.stepNoteEdit(),
             editor.addButton(), editor.moveUpButton(), editor.moveDownButton(), editor.deleteButton(),
             editor.saveAsButton()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestLessonEditor::editingKeepsOtherLanguages()
{
    LabModel model;
    Teaching teaching;
    QCOMPARE(teaching.language(), QStringLiteral("en"));
    LessonDeck deck;
    LessonStep step = LessonStep::fromLab(model);
    step.title.set(QStringLiteral("en"), QStringLiteral("Dead"));
    step.title.set(QStringLiteral("de"), QStringLiteral("Tot"));
    step.note.set(QStringLiteral("fr"), QStringLiteral("Morte pour de bon."));
    deck.title.set(QStringLiteral("de"), QStringLiteral("Negative Seite"));
    deck.steps = {step};

    LessonEditor editor(&model, &teaching);
    editor.setDeck(deck, QStringLiteral("/somewhere/deck.relulesson"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.stepTitleEdit()->text(), QStringLiteral("Dead"));
    // No English note yet: the field is empty and shows what the class would read instead.
    QCOMPARE(editor.stepNoteEdit()->toPlainText(), QString());
    QCOMPARE(editor.stepNoteEdit()->placeholderText(), QStringLiteral("Morte pour de bon."));
    QCOMPARE(editor.deckTitleEdit()->text(), QString());
    QCOMPARE(editor.deckTitleEdit()->placeholderText(), QStringLiteral("Negative Seite"));

    editor.stepTitleEdit()->selectAll();
    QTest::keyClicks(editor.stepTitleEdit(), QStringLiteral("Dead for good"));
    QTest::keyClicks(editor.stepNoteEdit(), QStringLiteral("Gone."));
    QTest::keyClicks(editor.deckTitleEdit(), QStringLiteral("Negative side"));
    const LessonStep &edited = editor.deck().steps[0];
    QCOMPARE(edited.title.texts.value(QStringLiteral("en")), QStringLiteral("Dead for good"));
    QCOMPARE(edited.title.texts.value(QStringLiteral("de")), QStringLiteral("Tot"));
    QCOMPARE(edited.note.texts.value(QStringLiteral("en")), QStringLiteral("Gone."));
    QCOMPARE(edited.note.texts.value(QStringLiteral("fr")), QStringLiteral("Morte pour de bon."));
    QCOMPARE(editor.deck().title.texts.value(QStringLiteral("de")), QStringLiteral("Negative Seite"));
    QCOMPARE(editor.deck().title.texts.value(QStringLiteral("en")), QStringLiteral("Negative side"));

    // Clearing the English title removes it; the German one stays.
    editor.stepTitleEdit()->selectAll();
    QTest::keyClick(editor.stepTitleEdit(), Qt::Key_Backspace);
    QCOMPARE(editor.deck().steps[0].title.texts, (QMap<QString, QString>{{QStringLiteral("de"), QStringLiteral("Tot")}}));
    QCOMPARE(editor.stepList()->item(0)->text(), QStringLiteral("1. Tot"));

    const QString path = m_dir.filePath(QStringLiteral("languages.relulesson"));
    QString error;
    QVERIFY2(editor.saveTo(path, &error), qPrintable(error));
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, editor.deck());
}

void TestLessonEditor::editsTheTeachingLanguage()
{
    LabModel model;
    Teaching teaching;
    LessonEditor editor(&model, &teaching);
    LessonDeck deck;
    LessonStep step = LessonStep::fromLab(model);
    step.title.set(QStringLiteral("en"), QStringLiteral("Dead"));
    deck.steps = {step, LessonStep::fromScenario(*findScenario(QStringLiteral("leaky-rescue")))};
    editor.setDeck(deck);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.stepTitleEdit()->accessibleName().endsWith(QStringLiteral("English")));

    // The teaching language switches while the editor is open: fields and list follow it.
    QVERIFY(teaching.setLanguage(QStringLiteral("de")));
    QVERIFY2(editor.stepTitleEdit()->accessibleName().endsWith(QStringLiteral("Deutsch")),
             qPrintable(editor.stepTitleEdit()->accessibleName()));
    QCOMPARE(editor.stepTitleEdit()->text(), QString());
    QCOMPARE(editor.stepTitleEdit()->placeholderText(), QStringLiteral("Dead"));
    QTest::keyClicks(editor.stepTitleEdit(), QStringLiteral("Tot"));
    QCOMPARE(editor.deck().steps[0].title.texts,
             (QMap<QString, QString>{{QStringLiteral("de"), QStringLiteral("Tot")}, {QStringLiteral("en"), QStringLiteral("Dead")}}));
    // A built-in scenario step shows the scenario's German title from the teaching text.
    const QString germanTitle = teaching.text(QStringLiteral("scenarios.leaky-rescue.title"));
    QVERIFY(!germanTitle.isEmpty());
    QCOMPARE(editor.stepList()->item(1)->text(), QStringLiteral("2. ") % germanTitle);
    editor.selectStep(1);
    QCOMPARE(editor.stepTitleEdit()->placeholderText(), germanTitle);
}

void TestLessonEditor::saveFailureChangesNothing()
{
    LabModel model;
    Teaching teaching;
    LessonEditor editor(&model, &teaching);
    const QString existing = m_dir.filePath(QStringLiteral("kept.relulesson"));
    QString error;
    QVERIFY(saveLessonDeck(LessonDeck::builtIn(), existing, &error));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    editor.setDeck(LessonDeck::builtIn(), existing);
    editor.deleteStep();
    QVERIFY(editor.isModified());
    QSignalSpy saved(&editor, &LessonEditor::deckSaved);
    QVERIFY(!editor.saveTo(existing % QStringLiteral("/not-a-folder.relulesson"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("not-a-folder.relulesson: cannot be saved in ")), qPrintable(error));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.path(), existing);
    QCOMPARE(saved.size(), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestLessonEditor::actionsOpenLessons()
{
    QMainWindow window;
    LabModel model;
    Teaching teaching;
    LessonPlayer player(&model);
    LessonActions actions(&player, &model, &teaching, &window);

    QVERIFY(window.actions().contains(actions.openAction()));
    QVERIFY(window.actions().contains(actions.saveAsAction()));
    QVERIFY(window.actions().contains(actions.openSampleAction()));
    QCOMPARE(actions.openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(actions.saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("openSampleLesson")), actions.openSampleAction());
    QVERIFY(window.actions().contains(actions.openSigmoidToGeluAction()));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("openSigmoidToGeluLesson")), actions.openSigmoidToGeluAction());

    QSignalSpy steps(&player, &LessonPlayer::currentStepChanged);
    actions.openSampleAction()->trigger();
    QCOMPARE(player.deckSource(), QStringLiteral(":/lessons/sample.relulesson"));
    QCOMPARE(player.currentIndex(), 0);
    const LessonStep &first = player.deck().steps.constFirst();
    QCOMPARE(model.family(), first.state.family);
    QCOMPARE(model.probe(), first.state.probe);
    QCOMPARE(steps.size(), 1);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("lessonError")));

    // A file from disk, as drag and drop and --lesson give it.
    LessonDeck deck;
    LessonStep step;
    step.state.family = QStringLiteral("softplus");
    step.state.parameters = {{QStringLiteral("beta"), 4.0}};
    step.state.probe = 0.5;
    deck.steps = {step, step};
    const QString path = m_dir.filePath(QStringLiteral("dropped.relulesson"));
    QString error;
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    QVERIFY(actions.openLessonFile(path));
    QCOMPARE(player.deck(), deck);
    QCOMPARE(player.deckSource(), path);
    QCOMPARE(model.family(), QStringLiteral("softplus"));
    QCOMPARE(model.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 4.0);
    QCOMPARE(model.probe(), 0.5);
}

void TestLessonEditor::brokenLessonKeepsTheDeckAndShowsTheMessage()
{
    QMainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LabModel model;
    Teaching teaching;
    LessonPlayer player(&model);
    LessonActions actions(&player, &model, &teaching, &window);
    QVERIFY(actions.openLessonFile(QStringLiteral(":/lessons/sample.relulesson")));
    QVERIFY(player.next());
    const LessonDeck sample = player.deck();
    const QString family = model.family();
    const double probe = model.probe();

    const QString broken = m_dir.filePath(QStringLiteral("unknown-family.relulesson"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [{"family": "swish", "probe": 1}]})");
    file.close();
    QVERIFY(!actions.openLessonFile(broken));

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("lessonError"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("unknown-family.relulesson: step 1, field 'family': the text 'swish' is not a "
                                         "family; valid: ") + FamilyCatalog::ids().join(QStringLiteral(", ")));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QCOMPARE(player.deck(), sample);
    QCOMPARE(player.deckSource(), QStringLiteral(":/lessons/sample.relulesson"));
    QCOMPARE(player.currentIndex(), 1);
    QCOMPARE(model.family(), family);
    QCOMPARE(model.probe(), probe);
    box->accept();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("lessonError")));
}

void TestLessonEditor::saveLessonAsOpensTheEditorWithTheDeck()
{
    QMainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LabModel model;
    Teaching teaching;
    LessonPlayer player(&model);
    LessonActions actions(&player, &model, &teaching, &window);
    QVERIFY(actions.openLessonFile(QStringLiteral(":/lessons/sample.relulesson")));
    const LessonDeck sample = player.deck();

    actions.saveAsAction()->trigger();
    LessonEditor *editor = actions.editor();
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->deck(), sample);
    QCOMPARE(editor->stepList()->count(), sample.steps.size());
    QCOMPARE(editor->stepList()->item(0)->text(), QStringLiteral("1. A healthy unit"));

    // Capture the lab as a last step and save: the saved deck is what the lab now presents.
    setLab(&model, QStringLiteral("leaky-relu"), QStringLiteral("slope=0.3"), -4.0);
    editor->selectStep(sample.steps.size() - 1);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QTest::keyClicks(editor->stepTitleEdit(), QStringLiteral("Your turn"));
    const QString path = m_dir.filePath(QStringLiteral("extended.relulesson"));
    QString error;
    QVERIFY2(editor->saveTo(path, &error), qPrintable(error));
    QCOMPARE(player.deckSource(), path);
    QCOMPARE(player.count(), sample.steps.size() + 1);
    QCOMPARE(player.deck().steps.constLast().title.in(QStringLiteral("en")), QStringLiteral("Your turn"));
    QCOMPARE(player.deck().steps.constLast().state.probe, -4.0);
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, player.deck());

    // While the editor is open, the action brings it forward without throwing away its work.
    editor->deleteStep();
    actions.saveAsAction()->trigger();
    QCOMPARE(actions.editor(), editor);
    QCOMPARE(editor->deck().steps.size(), sample.steps.size());
}

void TestLessonEditor::actionsRetranslate()
{
    QMainWindow window;
    LabModel model;
    Teaching teaching;
    LessonPlayer player(&model);
    LessonActions actions(&player, &model, &teaching, &window);
    const QString open = actions.openAction()->text();
    QVERIFY(!open.isEmpty());
    actions.openAction()->setText(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &change);
    QCOMPARE(actions.openAction()->text(), open);
}

void TestLessonEditor::dropDataNamesOneLessonFile()
{
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(QStringLiteral("/home/t/Why.relulesson"))});
    QCOMPARE(LessonActions::lessonFileIn(&one), QStringLiteral("/home/t/Why.relulesson"));
    QMimeData upper;
    upper.setUrls({QUrl::fromLocalFile(QStringLiteral("/home/t/WHY.RELULESSON"))});
    QCOMPARE(LessonActions::lessonFileIn(&upper), QStringLiteral("/home/t/WHY.RELULESSON"));
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(QStringLiteral("/a.relulesson")), QUrl::fromLocalFile(QStringLiteral("/b.relulesson"))});
    QCOMPARE(LessonActions::lessonFileIn(&two), QString());
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral("/home/t/curves.csv"))});
    QCOMPARE(LessonActions::lessonFileIn(&other), QString());
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/a.relulesson"))});
    QCOMPARE(LessonActions::lessonFileIn(&remote), QString());
    QMimeData text;
    text.setText(QStringLiteral("/home/t/Why.relulesson"));
    QCOMPARE(LessonActions::lessonFileIn(&text), QString());
    QCOMPARE(LessonActions::lessonFileIn(nullptr), QString());
}

void TestLessonEditor::editsTheViewFieldsOfAStep()
{
    LabModel model;
    Teaching teaching;
    LessonEditor editor(&model, &teaching);
    editor.setDeck(LessonDeck());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    setLab(&model, QStringLiteral("elu"), QStringLiteral("alpha=0.5"), -2.0);
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    LessonStepFields *fields = editor.stepFields();
    // A new step sets nothing beyond its lab state, and its value boxes wait for their check box.
    for (QCheckBox *box : {fields->setsZoom(), fields->setsComparison(), fields->setsTab(), fields->setsSurvival(),
                           fields->setsDepth(), fields->setsHidden()}) {
        QVERIFY2(!box->isChecked(), qPrintable(box->objectName()));
    }
    QVERIFY(!fields->zoomFrom()->isEnabled());
    QVERIFY(!editor.deck().steps[0].xRange);

    QTest::mouseClick(fields->setsZoom(), Qt::LeftButton);
    QVERIFY(fields->zoomFrom()->isEnabled());
    typeInto(fields->zoomFrom(), QStringLiteral("-1.5"));
    typeInto(fields->zoomTo(), QStringLiteral("2.25"));
    QTest::mouseClick(fields->setsComparison(), Qt::LeftButton);
    fields->comparisonList()->item(3)->setCheckState(Qt::Checked);
    fields->comparisonList()->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(fields->setsTab(), Qt::LeftButton);
    fields->tabChoice()->setFocus();
    QTest::keyClick(fields->tabChoice(), Qt::Key_Down); // lab -> survival
    QTest::mouseClick(fields->setsSurvival(), Qt::LeftButton);
    typeInto(fields->muEdit(), QStringLiteral("-1.25"));
    typeInto(fields->sigmaEdit(), QStringLiteral("0.5"));
    QTest::mouseClick(fields->setsDepth(), Qt::LeftButton);
    fields->initChoice()->setFocus();
    QTest::keyClick(fields->initChoice(), Qt::Key_End); // custom
    typeInto(fields->gainEdit(), QStringLiteral("1.2"));
    typeInto(fields->widthEdit(), QStringLiteral("64"));
    typeInto(fields->depthEdit(), QStringLiteral("100"));
    typeInto(fields->batchEdit(), QStringLiteral("32"));
    typeInto(fields->seedEdit(), QStringLiteral("9"));
    QTest::mouseClick(fields->setsHidden(), Qt::LeftButton);
    QTest::mouseClick(fields->hiddenPartBoxes().at(0), Qt::LeftButton);
    QTest::mouseClick(fields->hiddenPartBoxes().at(2), Qt::LeftButton);
    editor.speakerNotesEdit()->setFocus();
    QTest::keyClicks(editor.speakerNotesEdit(), QStringLiteral("Ask first."));
    QTest::keyClick(editor.speakerNotesEdit(), Qt::Key_Return);
    QTest::keyClicks(editor.speakerNotesEdit(), QStringLiteral("Then reveal."));
    QVERIFY(editor.isModified());

    const LessonStep &step = editor.deck().steps[0];
    const QStringList ids = FamilyCatalog::ids();
    QVERIFY(step.xRange && step.xRange->minimum == -1.5 && step.xRange->maximum == 2.25);
    QCOMPARE(*step.comparison, (QStringList{ids.at(0), ids.at(3)}));
    QCOMPARE(*step.tab, QStringLiteral("survival"));
    QVERIFY(step.survival && step.survival->mu == -1.25 && step.survival->sigma == 0.5);
    QVERIFY(step.depth);
    QCOMPARE(step.depth->init, WeightInit::Custom);
    QCOMPARE(step.depth->gain, 1.2);
    QCOMPARE(step.depth->width, 64);
    QCOMPARE(step.depth->depth, 100);
    QCOMPARE(step.depth->batch, 32);
    QCOMPARE(step.depth->seed, qint64(9));
    QCOMPARE(*step.hiddenParts, (QStringList{QStringLiteral("readouts"), QStringLiteral("derivative")}));
    QCOMPARE(step.speakerNotes.in(QStringLiteral("en")), QStringLiteral("Ask first.\nThen reveal."));

    // Saved and read back exactly, as version 2.
    const QString path = m_dir.filePath(QStringLiteral("view-fields.relulesson"));
    QString error;
    QVERIFY2(editor.saveTo(path, &error), qPrintable(error));
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, editor.deck());

    // Unchecking a field takes it out of the step; another step shows its own fields.
    QTest::mouseClick(fields->setsZoom(), Qt::LeftButton);
    QVERIFY(!editor.deck().steps[0].xRange);
    QVERIFY(!fields->zoomFrom()->isEnabled());
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.currentStep(), 1);
    QVERIFY(!fields->setsTab()->isChecked());
    QVERIFY(editor.speakerNotesEdit()->toPlainText().isEmpty());
    editor.selectStep(0);
    QVERIFY(fields->setsTab()->isChecked());
    QCOMPARE(fields->tabChoice()->currentData().toString(), QStringLiteral("survival"));
    QCOMPARE(editor.speakerNotesEdit()->toPlainText(), QStringLiteral("Ask first.\nThen reveal."));
}

void TestLessonEditor::captureFillsTheFieldsFromTheWindow()
{
    testsupport::LabWindow lab;
    setLab(&lab.model, QStringLiteral("leaky-relu"), QStringLiteral("slope=0.2"), -1.25);
    QVERIFY(lab.model.setViewRange(-3.0, 1.0));
    lab.window.board()->setShowOtherFamilies(false);
    auto *survival = lab.window.findChild<GradientSurvivalView *>(QStringLiteral("gradientSurvival"));
    QVERIFY(survival);
    QVERIFY(survival->batchPanel()->setDistribution(0.75, 2.0));
    DepthSettings depth = survival->depthPanel()->settings();
    depth.init = WeightInit::Xavier;
    depth.depth = 12;
    depth.width = 48;
    depth.seed = 5;
    survival->depthPanel()->setSettings(depth);
    lab.window.tabs()->setCurrentWidget(survival);

    LessonEditor *editor = lab.window.lessonActions()->editor();
    editor->setDeck(LessonDeck());
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QTest::mouseClick(editor->stepFields()->captureButton(), Qt::LeftButton);

    const LessonStep &step = editor->deck().steps[0];
    QCOMPARE(step.state.family, QStringLiteral("leaky-relu"));
    QCOMPARE(step.state.probe, -1.25);
    QVERIFY(step.xRange && step.xRange->minimum == -3.0 && step.xRange->maximum == 1.0);
    QVERIFY(step.comparison && step.comparison->isEmpty());
    QCOMPARE(*step.tab, QStringLiteral("survival"));
    QVERIFY(step.survival && step.survival->mu == 0.75 && step.survival->sigma == 2.0);
    QVERIFY(step.depth && step.depth->init == WeightInit::Xavier && step.depth->depth == 12 && step.depth->width == 48
            && step.depth->seed == 5);
    QVERIFY(!step.hiddenParts); // what to hide is the teacher's choice, not the window's
    // The check boxes show which fields the step now sets, the boxes their values.
    LessonStepFields *fields = editor->stepFields();
    QVERIFY(fields->setsZoom()->isChecked() && fields->setsTab()->isChecked() && fields->setsSurvival()->isChecked()
            && fields->setsDepth()->isChecked() && fields->setsComparison()->isChecked());
    QVERIFY(!fields->setsHidden()->isChecked());
    QCOMPARE(fields->zoomFrom()->value(), -3.0);
    QCOMPARE(fields->muEdit()->value(), 0.75);
    QCOMPARE(fields->depthEdit()->value(), 12);

    // Played back on a window that shows something else, the step brings all of it back.
    lab.lessons.setDeck(editor->deck());
    lab.window.board()->setShowOtherFamilies(true);
    QVERIFY(survival->batchPanel()->setDistribution(0.0, 1.0));
    QVERIFY(lab.model.setViewRange(-4.0, 4.0));
    lab.window.tabs()->setCurrentIndex(0);
    QVERIFY(lab.lessons.goTo(0));
    QCOMPARE(lab.window.tabs()->currentWidget(), survival);
    QVERIFY(!lab.window.board()->showOtherFamilies());
    QCOMPARE(survival->batchPanel()->mu(), 0.75);
    QCOMPARE(lab.model.viewMinimum(), -3.0);
    QCOMPARE(survival->depthPanel()->settings().depth, 12);
    QCOMPARE(survival->depthPanel()->settings().init, WeightInit::Xavier);
}

// The second built-in lesson: eight steps from sigmoid through tanh and ReLU to GELU, with the new
// family ids, in all four languages.
void TestLessonEditor::sigmoidToGeluLessonOpensFromTheFileMenu()
{
    QMainWindow window;
    LabModel model;
    Teaching teaching;
    LessonPlayer player(&model);
    LessonActions actions(&player, &model, &teaching, &window);
    QVERIFY(!actions.openSigmoidToGeluAction()->text().isEmpty());
    actions.openSigmoidToGeluAction()->trigger();
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("lessonError")));
    QCOMPARE(player.deckSource(), QString::fromLatin1(lessonformat::kSigmoidToGeluResource));
    const LessonDeck &deck = player.deck();
    QCOMPARE(deck.steps.size(), 8);
    QCOMPARE(deck.steps.constFirst().state.family, QStringLiteral("sigmoid"));
    QCOMPARE(deck.steps.constLast().state.family, QStringLiteral("gelu"));
    QCOMPARE(model.family(), QStringLiteral("sigmoid"));
    QStringList families;
    for (const LessonStep &step : deck.steps) {
        if (!families.contains(step.state.family))
            families.append(step.state.family);
        for (const char *language : {"en", "de", "es", "fr"}) {
            QVERIFY2(!step.title.texts.value(QString::fromLatin1(language)).isEmpty(), language);
            QVERIFY2(!step.note.texts.value(QString::fromLatin1(language)).isEmpty(), language);
        }
    }
    QCOMPARE(families, (QStringList{QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu"),
                                    QStringLiteral("gelu")}));
}

QTEST_MAIN(TestLessonEditor)
#include "tst_lessoneditor.moc"
