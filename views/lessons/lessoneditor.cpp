#include "lessons/lessoneditor.h"

#include "family.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessons/lessonstepfields.h"
#include "lessons/lessonviewstate.h"
#include "teaching.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relulab {
namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString languageName(const QString &code)
{
    // QLocale("en") is American English, but lesson texts are simply English.
    if (QLocale(code).language() == QLocale::English)
        return QStringLiteral("English");
    return LanguageSwitcher::nativeName(code);
}

// A list shortcut that only fires while the step list has the focus, so that the same keys keep
// their usual meaning in the text fields.
void addListShortcut(QListWidget *list, const QKeySequence &keys, LessonEditor *editor, void (LessonEditor::*slot)())
{
    auto *action = new QAction(list);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(action);
    QObject::connect(action, &QAction::triggered, editor, slot);
}

} // namespace

LessonEditor::LessonEditor(LabModel *model, Teaching *teaching, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    setObjectName(QStringLiteral("lessonEditor"));

    m_deckTitleLabel = new QLabel(this);
    m_deckTitle = new QLineEdit(this);
    m_deckTitle->setObjectName(QStringLiteral("deckTitle"));
    m_deckTitle->setMaxLength(lessonformat::kMaxTitleLength);
    m_deckTitleLabel->setBuddy(m_deckTitle);

    m_stepsLabel = new QLabel(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepsLabel->setBuddy(m_steps);
    addListShortcut(m_steps, QKeySequence::Delete, this, &LessonEditor::deleteStep);
    addListShortcut(m_steps, QKeySequence(Qt::ALT | Qt::Key_Up), this, &LessonEditor::moveUp);
    addListShortcut(m_steps, QKeySequence(Qt::ALT | Qt::Key_Down), this, &LessonEditor::moveDown);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addStep"));
    m_moveUp = new QPushButton(this);
    m_moveUp->setObjectName(QStringLiteral("moveStepUp"));
    m_moveDown = new QPushButton(this);
    m_moveDown->setObjectName(QStringLiteral("moveStepDown"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteStep"));
    for (QPushButton *button : {m_add, m_moveUp, m_moveDown, m_delete})
        button->setAutoDefault(false);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stepState"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stepTitleLabel = new QLabel(this);
    m_stepTitle = new QLineEdit(this);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->setMaxLength(lessonformat::kMaxTitleLength);
    m_stepTitleLabel->setBuddy(m_stepTitle);
    m_stepNoteLabel = new QLabel(this);
    m_stepNote = new QPlainTextEdit(this);
    m_stepNote->setObjectName(QStringLiteral("stepNote"));
    m_stepNote->setTabChangesFocus(true); // Tab moves on, as everywhere else in the dialog
    m_stepNoteLabel->setBuddy(m_stepNote);
    m_speakerNotesLabel = new QLabel(this);
    m_speakerNotes = new QPlainTextEdit(this);
    m_speakerNotes->setObjectName(QStringLiteral("speakerNotes"));
    m_speakerNotes->setTabChangesFocus(true);
    m_speakerNotesLabel->setBuddy(m_speakerNotes);
    m_fields = new LessonStepFields(m_teaching, this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Not AcceptRole: the button box would make an accept button the dialog's default at show.
    m_saveAs = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveAs->setObjectName(QStringLiteral("saveLessonAs"));
    // Enter takes a typed value (a title, a zoom or a seed); it must not open the save dialog.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    // "Save as…" does not close the dialog (accepted() stays unconnected): the deck stays on
    // screen after a failed save, and after a good one for the next version of the lesson.
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LessonEditor::reject);
    connect(m_saveAs, &QPushButton::clicked, this, &LessonEditor::saveAs);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &LessonEditor::saveAs);

    auto *titleRow = new QFormLayout;
    titleRow->addRow(m_deckTitleLabel, m_deckTitle);

    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_add);
    buttonColumn->addSpacing(8);
    buttonColumn->addWidget(m_moveUp);
    buttonColumn->addWidget(m_moveDown);
    buttonColumn->addSpacing(8);
    buttonColumn->addWidget(m_delete);
    buttonColumn->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_steps, 1);
    listRow->addLayout(buttonColumn);

    auto *stepBox = new QGroupBox(this);
    stepBox->setObjectName(QStringLiteral("stepBox"));
    auto *stepForm = new QFormLayout(stepBox);
    stepForm->addRow(m_stateLabel);
    stepForm->addRow(m_stepTitleLabel, m_stepTitle);
    stepForm->addRow(m_stepNoteLabel, m_stepNote);
    stepForm->addRow(m_speakerNotesLabel, m_speakerNotes);
    auto *fieldsBox = new QGroupBox(this);
    fieldsBox->setObjectName(QStringLiteral("fieldsBox"));
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_fields);

    // The steps on the left, the selected step's texts and fields on the right: the dialog
    // fits a laptop screen's height.
    auto *stepsColumn = new QVBoxLayout;
    stepsColumn->addWidget(m_stepsLabel);
    stepsColumn->addLayout(listRow, 1);
    auto *stepColumn = new QVBoxLayout;
    stepColumn->addWidget(stepBox, 1);
    stepColumn->addWidget(fieldsBox);
    auto *columns = new QHBoxLayout;
    columns->addLayout(stepsColumn, 2);
    columns->addLayout(stepColumn, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_deckTitle, m_steps);
    setTabOrder(m_steps, m_add);
    setTabOrder(m_add, m_moveUp);
    setTabOrder(m_moveUp, m_moveDown);
    setTabOrder(m_moveDown, m_delete);
    setTabOrder(m_delete, m_stepTitle);
    setTabOrder(m_stepTitle, m_stepNote);
    setTabOrder(m_stepNote, m_speakerNotes);
    setTabOrder(m_speakerNotes, m_fields);

    connect(m_add, &QPushButton::clicked, this, &LessonEditor::addCurrentState);
    connect(m_moveUp, &QPushButton::clicked, this, &LessonEditor::moveUp);
    connect(m_moveDown, &QPushButton::clicked, this, &LessonEditor::moveDown);
    connect(m_delete, &QPushButton::clicked, this, &LessonEditor::deleteStep);
    connect(m_steps, &QListWidget::currentRowChanged, this, &LessonEditor::showStep);

    connect(m_deckTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_deck.title.set(language(), text);
        m_deckTitle->setPlaceholderText(m_deck.title.in(language()));
        setModified(true);
    });
    connect(m_stepTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = currentStep();
        if (index < 0)
            return;
        m_deck.steps[index].title.set(language(), text);
        m_stepTitle->setPlaceholderText(m_deck.steps[index].titleIn(*m_teaching));
        refreshItem(index);
        setModified(true);
    });
    connect(m_stepNote, &QPlainTextEdit::textChanged, this, [this] {
        const int index = currentStep();
        if (m_filling || index < 0)
            return;
        m_deck.steps[index].note.set(language(), m_stepNote->toPlainText());
        m_stepNote->setPlaceholderText(m_deck.steps[index].noteIn(*m_teaching));
        refreshItem(index);
        setModified(true);
    });
    connect(m_speakerNotes, &QPlainTextEdit::textChanged, this, [this] {
        const int index = currentStep();
        if (m_filling || index < 0)
            return;
        m_deck.steps[index].speakerNotes.set(language(), m_speakerNotes->toPlainText());
        m_speakerNotes->setPlaceholderText(m_deck.steps[index].speakerNotes.in(language()));
        setModified(true);
    });
    connect(m_fields, &LessonStepFields::edited, this, [this] {
        const int index = currentStep();
        if (m_filling || index < 0)
            return;
        m_fields->applyTo(&m_deck.steps[index]);
        setModified(true);
    });
    connect(m_fields, &LessonStepFields::captureRequested, this, &LessonEditor::captureCurrentView);
    connect(m_teaching, &Teaching::languageChanged, this, [this] {
        retranslate();
        refreshList(currentStep());
    });

    retranslate();
    refreshList(-1);
    resize(1040, 680);
}

QString LessonEditor::language() const
{
    return m_teaching->language();
}

void LessonEditor::setDeck(const LessonDeck &deck, const QString &path)
{
    m_deck = deck;
    m_path = path;
    refreshList(m_deck.steps.isEmpty() ? -1 : 0);
    setModified(false);
    updateWindowTitle();
}

int LessonEditor::currentStep() const
{
    const int row = m_steps->currentRow();
    return row >= 0 && row < m_deck.steps.size() ? row : -1;
}

void LessonEditor::selectStep(int index)
{
    m_steps->setCurrentRow(index);
}

QString LessonEditor::stateSummary(const LessonStep &step) const
{
    const FamilySpec *spec = FamilyCatalog::find(step.state.family);
    const QString family = spec ? spec->displayName : step.state.family;
    return tr("%1, x = %2").arg(family, number(step.state.probe));
}

QString LessonEditor::stepLabel(int index) const
{
    const LessonStep &step = m_deck.steps[index];
    const QString title = step.titleIn(*m_teaching);
    return tr("%1. %2").arg(index + 1).arg(title.isEmpty() ? stateSummary(step) : title);
}

void LessonEditor::refreshItem(int index)
{
    QListWidgetItem *item = m_steps->item(index);
    if (!item)
        return;
    item->setText(stepLabel(index));
    item->setToolTip(stateSummary(m_deck.steps[index]));
}

void LessonEditor::refreshList(int select)
{
    m_filling = true;
    m_steps->clear();
    for (int i = 0; i < m_deck.steps.size(); ++i) {
        m_steps->addItem(QString());
        refreshItem(i);
    }
    m_filling = false;
    m_steps->setCurrentRow(std::min<int>(select, m_deck.steps.size() - 1));
    showStep();
}

void LessonEditor::showStep()
{
    const int index = currentStep();
    m_filling = true;
    if (index < 0) {
        m_stateLabel->setText(tr("No step selected."));
        m_stepTitle->clear();
        m_stepTitle->setPlaceholderText(QString());
        m_stepNote->clear();
        m_stepNote->setPlaceholderText(QString());
        m_speakerNotes->clear();
        m_speakerNotes->setPlaceholderText(QString());
        m_fields->setStep(LessonStep{});
    } else {
        const LessonStep &step = m_deck.steps[index];
        QStringList parts;
        const FamilySpec *spec = FamilyCatalog::find(step.state.family);
        parts.append(spec ? spec->displayName : step.state.family);
        for (const auto &[name, value] : step.state.parameters) {
            const int at = spec ? spec->parameterIndex(name) : -1;
            const ParameterSpec *parameter = at >= 0 ? &spec->parameters[at] : nullptr;
            const QString shown = parameter && parameter->isChoice()
                ? parameter->choices.value(static_cast<int>(value))
                : number(value);
            const QString symbol = parameter && !parameter->symbol.isEmpty() ? parameter->symbol : name;
            parts.append(symbol % QStringLiteral(" = ") % shown);
        }
        parts.append(QStringLiteral("x = ") % number(step.state.probe));
        m_stateLabel->setText(tr("Step %1 of %2: %3")
                                  .arg(index + 1)
                                  .arg(m_deck.steps.size())
                                  .arg(parts.join(QStringLiteral(" · "))));
        m_stepTitle->setText(step.title.texts.value(language()));
        m_stepTitle->setPlaceholderText(step.titleIn(*m_teaching));
        m_stepNote->setPlainText(step.note.texts.value(language()));
        m_stepNote->setPlaceholderText(step.noteIn(*m_teaching));
        m_speakerNotes->setPlainText(step.speakerNotes.texts.value(language()));
        m_speakerNotes->setPlaceholderText(step.speakerNotes.in(language()));
        m_fields->setStep(step);
    }
    m_deckTitle->setText(m_deck.title.texts.value(language()));
    m_deckTitle->setPlaceholderText(m_deck.title.in(language()));
    m_filling = false;
    updateButtons();
}

void LessonEditor::updateButtons()
{
    const int index = currentStep();
    m_add->setEnabled(m_deck.steps.size() < lessonformat::kMaxSteps);
    m_moveUp->setEnabled(index > 0);
    m_moveDown->setEnabled(index >= 0 && index + 1 < m_deck.steps.size());
    m_delete->setEnabled(index >= 0);
    m_stepTitle->setEnabled(index >= 0);
    m_stepNote->setEnabled(index >= 0);
    m_speakerNotes->setEnabled(index >= 0);
    m_fields->setEnabled(index >= 0);
    m_saveAs->setEnabled(!m_deck.steps.isEmpty());
}

void LessonEditor::addCurrentState()
{
    if (m_deck.steps.size() >= lessonformat::kMaxSteps)
        return;
    const int index = currentStep() < 0 ? m_deck.steps.size() : currentStep() + 1;
    m_deck.steps.insert(index, LessonStep::fromLab(*m_model));
    refreshList(index);
    setModified(true);
    m_stepTitle->setFocus(); // the next thing a teacher does is name the step
}

void LessonEditor::captureCurrentView()
{
    const int index = currentStep();
    if (index < 0)
        return;
    LessonStep &step = m_deck.steps[index];
    if (m_viewState) {
        m_viewState->capture(&step);
    } else {
        const LessonStep lab = LessonStep::fromLab(*m_model);
        step.state.family = lab.state.family;
        step.state.parameters = lab.state.parameters;
        step.state.probe = lab.state.probe;
        step.xRange = LessonXRange{m_model->viewMinimum(), m_model->viewMaximum()};
    }
    refreshItem(index);
    showStep();
    setModified(true);
}

void LessonEditor::moveUp()
{
    const int index = currentStep();
    if (index <= 0)
        return;
    m_deck.steps.swapItemsAt(index, index - 1);
    refreshList(index - 1);
    setModified(true);
}

void LessonEditor::moveDown()
{
    const int index = currentStep();
    if (index < 0 || index + 1 >= m_deck.steps.size())
        return;
    m_deck.steps.swapItemsAt(index, index + 1);
    refreshList(index + 1);
    setModified(true);
}

void LessonEditor::deleteStep()
{
    const int index = currentStep();
    if (index < 0)
        return;
    m_deck.steps.removeAt(index);
    refreshList(std::min<int>(index, m_deck.steps.size() - 1));
    setModified(true);
}

void LessonEditor::saveAs()
{
    if (m_deck.steps.isEmpty())
        return; // the button is disabled; Ctrl+S must not get around that
    // A deck from the resources (the sample) cannot be saved back there: suggest the documents folder.
    QString suggestion = m_path;
    if (suggestion.isEmpty() || suggestion.startsWith(QLatin1Char(':'))) {
        const QString name = suggestion.isEmpty() ? tr("lesson") % QStringLiteral(".relulesson")
                                                  : QFileInfo(suggestion).fileName();
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) % QLatin1Char('/') % name;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save lesson as"), suggestion,
                                                tr("Lesson decks (*.relulesson)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".relulesson");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Lesson not saved"), error);
}

bool LessonEditor::saveTo(const QString &path, QString *error)
{
    if (!saveLessonDeck(m_deck, path, error))
        return false;
    m_path = path;
    setModified(false);
    updateWindowTitle();
    emit deckSaved(path);
    return true;
}

void LessonEditor::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(modified);
    updateButtons();
}

void LessonEditor::reject()
{
    if (m_modified) {
        const auto answer = QMessageBox::question(
            this, tr("Discard changes?"),
            tr("This lesson has changes that are not saved. Close the editor and discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void LessonEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LessonEditor::updateWindowTitle()
{
    // "[*]" shows the unsaved-changes mark where the platform puts it.
    const QString name = QFileInfo(m_path).fileName();
    setWindowTitle(name.isEmpty() || m_path.startsWith(QLatin1Char(':'))
                       ? tr("Prepare lesson") % QStringLiteral("[*]")
                       : tr("Prepare lesson – %1").arg(name) % QStringLiteral("[*]"));
}

void LessonEditor::retranslate()
{
    const QString shownLanguage = languageName(language());
    updateWindowTitle();
    m_deckTitleLabel->setText(tr("Lesson &title (%1):").arg(shownLanguage));
    m_deckTitle->setAccessibleName(tr("Lesson title in %1").arg(shownLanguage));
    m_stepsLabel->setText(tr("&Steps (Alt+Up and Alt+Down move, Delete removes):"));
    m_steps->setAccessibleName(tr("Steps of the lesson"));
    m_add->setText(tr("&Add current lab state"));
    m_add->setToolTip(tr("Adds the lab's family, parameters and probe as a step after the selected one"));
    m_add->setAccessibleName(tr("Add current lab state as a step"));
    m_moveUp->setText(tr("Move &up"));
    m_moveUp->setAccessibleName(tr("Move step up"));
    m_moveDown->setText(tr("Move &down"));
    m_moveDown->setAccessibleName(tr("Move step down"));
    m_delete->setText(tr("D&elete"));
    m_delete->setAccessibleName(tr("Delete step"));
    m_stepTitleLabel->setText(tr("Step t&itle (%1):").arg(shownLanguage));
    m_stepTitle->setAccessibleName(tr("Step title in %1").arg(shownLanguage));
    m_stepNoteLabel->setText(tr("Step &note (%1):").arg(shownLanguage));
    m_stepNote->setAccessibleName(tr("Step note in %1").arg(shownLanguage));
    m_speakerNotesLabel->setText(tr("S&peaker notes (%1):").arg(shownLanguage));
    m_speakerNotes->setAccessibleName(tr("Speaker notes in %1, shown on the teacher's screen only").arg(shownLanguage));
    m_speakerNotes->setToolTip(tr("Shown in the speaker notes window on the teacher's screen, never on the projected view"));
    m_stateLabel->setAccessibleName(tr("Lab state of the step"));
    m_saveAs->setText(tr("Sa&ve as…"));
    m_saveAs->setAccessibleName(tr("Save lesson as"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("stepBox")))
        box->setTitle(tr("Selected step"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("fieldsBox")))
        box->setTitle(tr("What the step sets besides family, parameters and probe"));
    for (int i = 0; i < m_steps->count(); ++i)
        refreshItem(i);
    showStep();
}

} // namespace relulab
