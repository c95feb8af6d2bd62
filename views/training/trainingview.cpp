#include "training/trainingview.h"

#include "labmodel.h"
#include "labsettings.h"
#include "labpage/parametereditor.h"
#include "teaching.h"
#include "training/decisionmap.h"
#include "training/stepchart.h"
#include "training/trainingscenario.h"
#include "training/unitgrid.h"
#include "widgets/familychooser.h"
#include "widgets/refreshwhenshown.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relulab {
namespace {

// Okabe–Ito colours, one per layer (six at most).
const QList<QColor> kLayerColors{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                 QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00)};
const QList<int> kSpeeds{10, 50, 200, 1000, TrainingRunner::kMaximumSpeed};
const QString kSpeedKey = QStringLiteral("training/speed");
const QList<QKeySequence> kScenarioKeys{QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_L), QKeySequence(Qt::Key_G),
                                        QKeySequence(Qt::Key_K)};

QLabel *wrappedLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

TrainingView::TrainingView(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_runner(new TrainingRunner(this))
{
    m_intro = wrappedLabel();
    m_intro->setObjectName(QStringLiteral("trainingIntro"));

    // Scenarios and transport: one row a teacher reaches with one key each.
    auto *bar = new QHBoxLayout;
    for (qsizetype i = 0; i < trainingScenarios().size(); ++i) {
        const QString id = trainingScenarios().at(i).id;
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("scenario-") % id);
        connect(button, &QPushButton::clicked, this, [this, id] { applyScenario(id); });
        bar->addWidget(button);
        m_scenarioButtons.append(button);
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("trainingScenario-") % id);
        action->setShortcut(kScenarioKeys.value(i));
        connect(action, &QAction::triggered, this, [this, id] { applyScenario(id); });
        m_scenarioActions.append(action);
    }
    bar->addStretch();
    // Transport on a row of its own, so the tab fits a 1366-pixel screen beside the notes.
    auto *transport = new QHBoxLayout;
    m_play = new QPushButton;
    m_play->setObjectName(QStringLiteral("trainingPlay"));
    m_stepButton = new QPushButton;
    m_stepButton->setObjectName(QStringLiteral("trainingStep"));
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("trainingReset"));
    m_speedLabel = new QLabel;
    m_speed = new QComboBox;
    m_speed->setObjectName(QStringLiteral("trainingSpeed"));
    for (int speed : kSpeeds)
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(kSpeeds.indexOf(200));
    m_speedLabel->setBuddy(m_speed);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    for (QWidget *widget : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_stepButton),
                            static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_speedLabel),
                            static_cast<QWidget *>(m_speed)})
        transport->addWidget(widget);
    transport->addStretch();

    const auto makeAction = [this](const QString &name, const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        m_transportActions.append(action);
        return action;
    };
    QAction *play = makeAction(QStringLiteral("trainingPlayPause"), QKeySequence(Qt::Key_P));
    // Space too, as a keyboard's habit and a presenter's (the window gives it to the lesson
    // elsewhere).
    play->setShortcuts({QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Space)});
    connect(play, &QAction::triggered, this, [this] { m_runner->isRunning() ? m_runner->pause() : m_runner->play(); });
    QAction *single = makeAction(QStringLiteral("trainingSingleStep"), QKeySequence(Qt::Key_S));
    connect(single, &QAction::triggered, m_runner, &TrainingRunner::stepOnce);
    QAction *reset = makeAction(QStringLiteral("trainingResetRun"), QKeySequence(Qt::Key_R));
    connect(reset, &QAction::triggered, this, [this] {
        m_runner->reset(settings());
        m_running = settings();
        resetCharts();
    });
    // A click leaves the keys to the tab (Space would click the focused button again).
    for (QPushButton *button : {m_play, m_stepButton, m_reset})
        button->setFocusPolicy(Qt::TabFocus);
    for (QPushButton *button : std::as_const(m_scenarioButtons))
        button->setFocusPolicy(Qt::TabFocus);
    connect(m_play, &QPushButton::clicked, play, &QAction::trigger);
    connect(m_stepButton, &QPushButton::clicked, single, &QAction::trigger);
    connect(m_reset, &QPushButton::clicked, reset, &QAction::trigger);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        m_runner->setStepsPerSecond(m_speed->currentData().toInt());
        rememberSettings();
    });
    connect(m_runner, &TrainingRunner::runningChanged, this, [this] { retranslateUi(); });
    connect(m_runner, &TrainingRunner::snapshotReady, this, &TrainingView::showSnapshot);

    // What students watch: the plane, the units, and four charts over steps.
    m_map = new DecisionMap;
    m_map->setObjectName(QStringLiteral("decisionMap"));
    m_units = new UnitGrid;
    m_units->setObjectName(QStringLiteral("unitGrid"));
    m_lossChart = new StepChart;
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->setScale(StepChart::Scale::Logarithmic);
    m_lossChart->setSeries({QString()}, {kLayerColors[0]});
    m_accuracyChart = new StepChart;
    m_accuracyChart->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracyChart->setFixedRange(0.0, 100.0);
    m_accuracyChart->setSeries({QString(), QString()}, {kLayerColors[0], kLayerColors[1]});
    m_deadChart = new StepChart;
    m_deadChart->setObjectName(QStringLiteral("deadChart"));
    m_gradientChart = new StepChart;
    m_gradientChart->setObjectName(QStringLiteral("gradientChart"));
    m_gradientChart->setScale(StepChart::Scale::Logarithmic);
    m_mapTitle = new QLabel;
    m_unitsTitle = new QLabel;
    for (QLabel *title : {m_mapTitle, m_unitsTitle})
        title->setTextFormat(Qt::RichText); // bold through markup, so it follows the tab's font (presentation)

    m_scenarioNote = wrappedLabel();
    m_scenarioNote->setObjectName(QStringLiteral("trainingScenarioNote"));
    m_deadNote = wrappedLabel();
    m_recoveryNote = wrappedLabel();
    m_rescueNote = wrappedLabel();
    // The notes scroll when a small screen or presentation type leaves them too little height.
    auto *notesPage = new QWidget;
    auto *notes = new QVBoxLayout(notesPage);
    notes->setContentsMargins(0, 0, 4, 0);
    for (QLabel *note : {m_scenarioNote, m_deadNote, m_recoveryNote, m_rescueNote})
        notes->addWidget(note);
    notes->addStretch();
    auto *notesScroll = new QScrollArea;
    notesScroll->setWidget(notesPage);
    notesScroll->setWidgetResizable(true);
    notesScroll->setFrameShape(QFrame::NoFrame);
    notesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The map and its title go into the pictures' first column or a column of their own
    // (setPresenting).
    m_pictures = new QGridLayout;
    m_pictures->addWidget(m_unitsTitle, 0, 1);
    m_pictures->addWidget(m_units, 1, 1);
    m_pictures->addWidget(notesScroll, 0, 2, 2, 1);
    m_pictures->setColumnStretch(1, 3);
    m_pictures->setColumnStretch(2, 3);
    m_chartGrid = new QGridLayout;
    m_chartColumn = new QVBoxLayout;
    m_chartColumn->addLayout(m_pictures);
    m_chartColumn->addLayout(m_chartGrid);
    m_mapColumn = new QVBoxLayout;
    m_body = new QHBoxLayout;
    m_body->addLayout(m_mapColumn);
    m_body->addLayout(m_chartColumn);

    auto *main = new QVBoxLayout;
    main->addWidget(m_intro);
    main->addLayout(bar);
    main->addLayout(transport);
    main->addWidget(m_status);
    main->addLayout(m_body, 1);
    setPresenting(false);

    // The settings column: short enough for a 768-pixel screen, so it needs no scroll area
    // (which would take the width of its viewport, not of its fields).
    makeSettingsPanel();
    m_settingsPanel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_settingsPanel);
    layout->addLayout(main, 1);

    // Hidden (another tab shown), the network follows the lab's family when the tab is shown
    // again: a slider drag on the lab page would otherwise restart it, and redraw its decision
    // map on the other core, for every step of the drag.
    connect(m_model, &LabModel::familyChanged, this, [this] {
        if (!m_followLab->deferWhileHidden())
            followLab();
    });
    connect(m_model, &LabModel::parameterChanged, this, [this](const QString &family) {
        if (family == m_model->family() && !m_followLab->deferWhileHidden())
            followLab();
    });
    connect(m_teaching, &Teaching::languageChanged, this, &TrainingView::retranslateUi);
    retranslateUi();
    restart();
    m_remember = true;
}

void TrainingView::setPresenting(bool presenting)
{
    m_presenting = presenting;
    fixStatusSize();
    // One row of four beside the settings column; two rows of two across the whole width, and
    // the greater part of the height, when the settings are folded away for the room.
    const QList<StepChart *> charts{m_lossChart, m_accuracyChart, m_deadChart, m_gradientChart};
    const int columns = presenting ? 2 : 4;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        // Expanding like the plane and the units, so the stretch below shares the height.
        charts[i]->setSizePolicy(QSizePolicy::Preferred, presenting ? QSizePolicy::Expanding : QSizePolicy::Preferred);
        m_chartGrid->removeWidget(charts[i]);
        m_chartGrid->addWidget(charts[i], int(i) / columns, int(i) % columns);
    }
    for (int c = 0; c < 4; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
    m_map->setAsksForSquare(!presenting);
    // In presentation the charts get the larger share, the units still a fifth of the height.
    m_chartColumn->setStretch(0, 3);
    m_chartColumn->setStretch(1, presenting ? 4 : 2);
    // The map beside the units: a third of the width, a short row. In presentation a column of
    // its own, as tall as all below the status line and a third of the width (on a 16 : 9
    // screen about as wide as tall), so its square is as large as the tab allows.
    for (QWidget *widget : {static_cast<QWidget *>(m_mapTitle), static_cast<QWidget *>(m_map)}) {
        m_pictures->removeWidget(widget);
        m_mapColumn->removeWidget(widget);
    }
    if (presenting) {
        m_mapColumn->addWidget(m_mapTitle);
        m_mapColumn->addWidget(m_map, 1);
    } else {
        m_pictures->addWidget(m_mapTitle, 0, 0);
        m_pictures->addWidget(m_map, 1, 0);
    }
    m_pictures->setColumnStretch(0, presenting ? 0 : 3);
    m_body->setStretch(0, presenting ? 1 : 0);
    m_body->setStretch(1, presenting ? 2 : 1);
}

QWidget *TrainingView::makeSettingsPanel()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);
    m_family = new FamilyChooser(m_model);
    column->addWidget(m_family);
    m_parameterLayout = new QVBoxLayout;
    column->addLayout(m_parameterLayout);
    rebuildParameterEditors();

    auto *form = new QFormLayout;
    const auto row = [&](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_settingLabels.append(label);
        form->addRow(label, field);
    };
    const TrainingSettings defaults;
    m_dataSet = new QComboBox;
    m_dataSet->setObjectName(QStringLiteral("trainingDataSet"));
    for (const QString &id : dataSetIds())
        m_dataSet->addItem(QString(), id);
    m_samples = new QSpinBox;
    m_samples->setObjectName(QStringLiteral("trainingSamples"));
    m_samples->setRange(TrainingSettings::kMinimumSamples, TrainingSettings::kMaximumSamples);
    m_samples->setSingleStep(50);
    m_samples->setValue(defaults.samples);
    m_noise = new QDoubleSpinBox;
    m_noise->setObjectName(QStringLiteral("trainingNoise"));
    m_noise->setRange(0.0, TrainingSettings::kMaximumNoise);
    m_noise->setSingleStep(0.05);
    m_noise->setValue(defaults.noise);
    m_width = new QSpinBox;
    m_width->setObjectName(QStringLiteral("trainingWidth"));
    m_width->setRange(1, TrainingSettings::kMaximumWidth);
    m_width->setValue(defaults.width);
    m_depth = new QSpinBox;
    m_depth->setObjectName(QStringLiteral("trainingDepth"));
    m_depth->setRange(1, TrainingSettings::kMaximumDepth);
    m_depth->setValue(defaults.depth);
    m_optimizer = new QComboBox;
    m_optimizer->setObjectName(QStringLiteral("trainingOptimizer"));
    for (const QString &id : optimizerIds())
        m_optimizer->addItem(QString(), id);
    m_learningRate = new QDoubleSpinBox;
    m_learningRate->setObjectName(QStringLiteral("trainingLearningRate"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(0.0001, TrainingSettings::kMaximumLearningRate);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_learningRate->setValue(defaults.learningRate);
    m_batch = new QSpinBox;
    m_batch->setObjectName(QStringLiteral("trainingBatch"));
    m_batch->setRange(1, defaults.trainCount());
    m_batch->setValue(defaults.batch);
    m_init = new QComboBox;
    m_init->setObjectName(QStringLiteral("trainingInit"));
    for (const QString &id : trainingInitIds())
        m_init->addItem(QString(), id);
    m_biasInit = new QDoubleSpinBox;
    m_biasInit->setObjectName(QStringLiteral("trainingBiasInit"));
    m_biasInit->setRange(-TrainingSettings::kBiasInitLimit, TrainingSettings::kBiasInitLimit);
    m_biasInit->setSingleStep(0.25);
    m_biasInit->setValue(defaults.biasInit);
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("trainingSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(int(defaults.seed));
    for (QWidget *field : {static_cast<QWidget *>(m_dataSet), static_cast<QWidget *>(m_samples),
                           static_cast<QWidget *>(m_noise), static_cast<QWidget *>(m_width),
                           static_cast<QWidget *>(m_depth), static_cast<QWidget *>(m_optimizer),
                           static_cast<QWidget *>(m_learningRate), static_cast<QWidget *>(m_batch),
                           static_cast<QWidget *>(m_init), static_cast<QWidget *>(m_biasInit),
                           static_cast<QWidget *>(m_seed)})
        row(field);
    for (QComboBox *box : {m_dataSet, m_optimizer, m_init})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingView::restart);
    for (QSpinBox *box : {m_samples, m_width, m_depth, m_batch, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &TrainingView::restart);
    for (QDoubleSpinBox *box : {m_noise, m_learningRate, m_biasInit})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingView::restart);
    column->addLayout(form);
    column->addStretch();
    m_settingsPanel = panel;
    return panel;
}

void TrainingView::rebuildParameterEditors()
{
    while (QLayoutItem *item = m_parameterLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const FamilySpec &spec = m_model->familySpec();
    for (const ParameterSpec &parameter : spec.parameters)
        m_parameterLayout->addWidget(new ParameterEditor(m_model, spec.id, parameter));
}

QString TrainingView::title() const
{
    return m_teaching->text(QStringLiteral("training.title"));
}

TrainingSettings TrainingView::settings() const
{
    TrainingSettings s;
    s.family = m_model->family();
    s.parameters = m_model->parameters(s.family);
    dataSetFromId(m_dataSet->currentData().toString(), &s.dataSet);
    s.samples = m_samples->value();
    s.noise = m_noise->value();
    s.width = m_width->value();
    s.depth = m_depth->value();
    optimizerFromId(m_optimizer->currentData().toString(), &s.optimizer);
    s.learningRate = m_learningRate->value();
    s.batch = std::min(m_batch->value(), s.trainCount());
    trainingInitFromId(m_init->currentData().toString(), &s.init);
    s.biasInit = m_biasInit->value();
    s.seed = static_cast<quint64>(m_seed->value());
    return s;
}

void TrainingView::followLab()
{
    m_followLab->clear();
    rebuildParameterEditors();
    restart();
}

void TrainingView::restart()
{
    if (m_updatingControls)
        return;
    const TrainingSettings next = settings();
    m_batch->setMaximum(next.trainCount());
    if (!next.validate())
        return;
    const bool wasRunning = m_runner->isRunning();
    m_running = next;
    m_runner->reset(next);
    resetCharts();
    if (wasRunning)
        m_runner->play();
    rememberSettings();
}

void TrainingView::rememberSettings() const
{
    if (!m_remember || m_updatingControls)
        return;
    QSettings store;
    saveTrainingSettings(settings(), store);
    store.setValue(kSpeedKey, m_speed->currentData().toInt());
}

QStringList TrainingView::restoreSettings(QSettings &settings)
{
    const TrainingSettings defaults;
    TrainingSettings s = defaults;
    QStringList ignored;
    restoreTrainingSettings(&s, settings, &ignored);
    // The controls' own ranges are narrower in places (the seed box, the learning rate's digits).
    if (s.seed > quint64(m_seed->maximum())) {
        ignored.append(QStringLiteral("training/seed"));
        s.seed = defaults.seed;
    }
    if (s.learningRate < m_learningRate->minimum()) {
        ignored.append(QStringLiteral("training/learningRate"));
        s.learningRate = defaults.learningRate;
    }
    m_updatingControls = true;
    m_dataSet->setCurrentIndex(static_cast<int>(s.dataSet));
    m_samples->setValue(s.samples);
    m_noise->setValue(s.noise);
    m_width->setValue(s.width);
    m_depth->setValue(s.depth);
    m_optimizer->setCurrentIndex(static_cast<int>(s.optimizer));
    m_learningRate->setValue(s.learningRate);
    m_batch->setMaximum(s.trainCount());
    m_batch->setValue(s.batch);
    m_init->setCurrentIndex(static_cast<int>(s.init));
    m_biasInit->setValue(s.biasInit);
    m_seed->setValue(int(s.seed));
    if (settings.contains(kSpeedKey)) {
        const int index = m_speed->findData(settings.value(kSpeedKey).toInt());
        if (index >= 0 && settings.value(kSpeedKey).toString() == QString::number(m_speed->itemData(index).toInt()))
            m_speed->setCurrentIndex(index);
        else
            ignored.append(kSpeedKey);
    }
    m_updatingControls = false;
    restart();
    return ignored;
}

bool TrainingView::applyScenario(const QString &id)
{
    const TrainingScenario *scenario = findTrainingScenario(id);
    if (!scenario)
        return false;
    const TrainingSettings &s = scenario->settings;
    m_updatingControls = true;
    m_model->beginBatch();
    m_model->setFamily(s.family);
    const FamilySpec &spec = m_model->familySpec();
    for (qsizetype i = 0; i < s.parameters.size(); ++i)
        m_model->setParameter(spec.id, spec.parameters.at(i).name, s.parameters.at(i));
    m_model->endBatch();
    m_dataSet->setCurrentIndex(static_cast<int>(s.dataSet));
    m_samples->setValue(s.samples);
    m_noise->setValue(s.noise);
    m_width->setValue(s.width);
    m_depth->setValue(s.depth);
    m_optimizer->setCurrentIndex(static_cast<int>(s.optimizer));
    m_learningRate->setValue(s.learningRate);
    m_batch->setMaximum(s.trainCount());
    m_batch->setValue(s.batch);
    m_init->setCurrentIndex(static_cast<int>(s.init));
    m_biasInit->setValue(s.biasInit);
    m_seed->setValue(int(s.seed));
    m_updatingControls = false;
    rememberSettings();
    m_scenarioId = id;
    m_running = settings();
    m_runner->reset(m_running);
    resetCharts();
    m_runner->play();
    retranslateUi();
    emit scenarioStarted(id);
    return true;
}

void TrainingView::resetCharts()
{
    m_step = 0;
    m_deadUnits = 0;
    m_lossChart->clear();
    m_accuracyChart->clear();
    QStringList layers;
    QList<QColor> colors;
    for (int l = 0; l < m_running.depth; ++l) {
        layers.append(tr("Layer %1").arg(l + 1));
        colors.append(kLayerColors.value(l % kLayerColors.size()));
    }
    m_deadChart->setSeries(layers, colors);
    m_deadChart->setFixedRange(0.0, m_running.width);
    m_gradientChart->setSeries(layers, colors);
    m_map->setData(TrainingData::generate(m_running));
    updateStatus();
}

void TrainingView::showSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.generation != m_runner->generation())
        return; // from a run that was replaced meanwhile
    for (const TrainingRecord &record : snapshot.records) {
        m_lossChart->append(record.step, {record.trainLoss});
        m_accuracyChart->append(record.step, {100.0 * record.trainAccuracy, 100.0 * record.testAccuracy});
        QList<double> dead;
        for (int count : record.deadPerLayer)
            dead.append(count);
        m_deadChart->append(record.step, dead);
        m_gradientChart->append(record.step, record.gradientNorms);
    }
    m_step = snapshot.step;
    m_deadUnits = 0;
    for (const UnitState &unit : snapshot.units)
        m_deadUnits += unit.dead ? 1 : 0;
    m_map->setGrid(snapshot.grid, TrainingRunner::kGridResolution);
    m_units->setUnits(snapshot.units, m_running.depth, m_running.width);
    updateStatus();
}

QFont TrainingView::statusNumberFont() const
{
    // A headline in presentation: 2.2 body sizes, over 6 % of the screen height.
    QFont numbers = font();
    if (m_presenting) {
        numbers.setPointSizeF(numbers.pointSizeF() * 2.2);
        numbers.setBold(true);
    }
    return numbers;
}

QString TrainingView::statusText(int step, int dead, int units) const
{
    const QString sentence = tr("Step %1 · %2 of %3 hidden units dead");
    if (!m_presenting)
        return sentence.arg(step).arg(dead).arg(units);
    // The numbers large, the words at body size: the line stays one line on a 1366-pixel screen.
    const QString number = QStringLiteral("<span style=\"font-size:%1px; font-weight:bold\">%2</span>");
    const int pixels = QFontInfo(statusNumberFont()).pixelSize();
    return sentence.toHtmlEscaped().arg(number.arg(pixels).arg(step), number.arg(pixels).arg(dead),
                                        number.arg(pixels).arg(units));
}

void TrainingView::fixStatusSize()
{
    // A fixed size: a new text then repaints the label alone instead of laying out the whole tab
    // (with its wrapped paragraphs) again, 30 times a second.
    m_status->setTextFormat(m_presenting ? Qt::RichText : Qt::PlainText);
    m_status->setMinimumSize(0, 0);
    m_status->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    m_status->setText(statusText(8888888, 888, 888));
    m_status->setFixedSize(m_status->sizeHint() + QSize(8, 4));
    updateStatus();
}

void TrainingView::updateStatus()
{
    m_status->setText(statusText(m_step, m_deadUnits, m_running.hiddenUnits()));
}

void TrainingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        fixStatusSize();
    QWidget::changeEvent(event);
}

void TrainingView::retranslateUi()
{
    const auto text = [this](const QString &key) { return m_teaching->text(QStringLiteral("training.") % key); };
    m_intro->setText(text(QStringLiteral("intro")));
    for (qsizetype i = 0; i < m_scenarioButtons.size(); ++i) {
        const QString id = trainingScenarios().at(i).id;
        const QString name = text(QStringLiteral("scenarios.") % id % QStringLiteral(".title"));
        m_scenarioButtons[i]->setText(QStringLiteral("%1 (%2)").arg(name, kScenarioKeys.value(i).toString(QKeySequence::NativeText)));
        m_scenarioActions[i]->setText(tr("Start the training scenario “%1”").arg(name));
    }
    m_scenarioNote->setText(m_scenarioId.isEmpty() ? text(QStringLiteral("watch"))
                                                   : text(QStringLiteral("scenarios.") % m_scenarioId % QStringLiteral(".note")));
    m_deadNote->setText(text(QStringLiteral("deadUnit")));
    m_recoveryNote->setText(text(QStringLiteral("noRecovery")));
    m_rescueNote->setText(text(QStringLiteral("rescue")));

    m_play->setText(m_runner->isRunning() ? tr("Pause (P)") : tr("Play (P)"));
    m_stepButton->setText(tr("Step (S)"));
    m_reset->setText(tr("Reset (R)"));
    m_speedLabel->setText(tr("Speed:"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const int speed = m_speed->itemData(i).toInt();
        m_speed->setItemText(i, speed == TrainingRunner::kMaximumSpeed ? tr("As fast as possible")
                                                                       : tr("%1 steps/s").arg(speed));
    }
    m_transportActions[0]->setText(tr("Play or pause the training"));
    m_transportActions[1]->setText(tr("Train a single step"));
    m_transportActions[2]->setText(tr("Reset the training run"));

    const QStringList labels{tr("Data set:"), tr("Samples:"), tr("Noise:"), tr("Width (units per layer):"),
                             tr("Depth (hidden layers):"), tr("Optimizer:"), tr("Learning rate:"), tr("Batch size:"),
                             tr("Weight init:"), tr("Bias init:"), tr("Seed:")};
    for (qsizetype i = 0; i < m_settingLabels.size(); ++i)
        m_settingLabels[i]->setText(labels.value(i));
    const QStringList dataSets{tr("Two moons"), tr("Circles"), tr("Spiral"), tr("XOR (checkerboard)")};
    for (int i = 0; i < m_dataSet->count(); ++i)
        m_dataSet->setItemText(i, dataSets.value(i));
    const QStringList optimizers{tr("SGD"), tr("SGD with momentum"), tr("Adam")};
    for (int i = 0; i < m_optimizer->count(); ++i)
        m_optimizer->setItemText(i, optimizers.value(i));
    const QStringList inits{tr("He"), tr("Xavier"), tr("LeCun")};
    for (int i = 0; i < m_init->count(); ++i)
        m_init->setItemText(i, inits.value(i));

    const auto bold = [](const QString &plain) { return QStringLiteral("<b>%1</b>").arg(plain.toHtmlEscaped()); };
    m_mapTitle->setText(bold(tr("Decision regions (filled: training points, rings: test points)")));
    m_unitsTitle->setText(bold(tr("Hidden units: brighter = active on more of the data, dark = dead")));
    m_mapTitle->setWordWrap(true);
    m_unitsTitle->setWordWrap(true);
    m_units->setLayerLabel(tr("Layer %1"));
    m_units->setDiedLabel(tr("†%1"));
    m_lossChart->setTitle(tr("Training loss (cross-entropy, log scale)"));
    m_lossChart->setSeriesNames({tr("train")});
    m_accuracyChart->setTitle(tr("Accuracy (%)"));
    m_accuracyChart->setSeriesNames({tr("train"), tr("test")});
    QStringList layers;
    for (int l = 0; l < m_running.depth; ++l)
        layers.append(tr("Layer %1").arg(l + 1));
    m_deadChart->setTitle(tr("Dead units per layer"));
    m_deadChart->setSeriesNames(layers);
    m_gradientChart->setTitle(tr("Gradient norm per layer (log scale)"));
    m_gradientChart->setSeriesNames(layers);
    fixStatusSize();
    emit titleChanged(title());
}

} // namespace relulab
