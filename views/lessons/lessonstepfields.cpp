#include "lessons/lessonstepfields.h"

#include "batchstatistics.h"
#include "family.h"
#include "labmodel.h"
#include "teaching.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace relulab {
namespace {

QDoubleSpinBox *numberBox(QWidget *parent, double minimum, double maximum, int decimals, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

QSpinBox *wholeBox(QWidget *parent, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

const QList<WeightInit> kInits = {WeightInit::He, WeightInit::Xavier, WeightInit::LeCun, WeightInit::Custom};

} // namespace

template<typename Widget, typename Signal>
void LessonStepFields::reportEdits(Widget *widget, Signal signal)
{
    connect(widget, signal, this, [this] {
        if (m_filling)
            return;
        updateEnabled();
        emit edited();
    });
}

LessonStepFields::LessonStepFields(Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_teaching(teaching)
{
    setObjectName(QStringLiteral("lessonStepFields"));
    const LessonDepth depthDefaults;
    const LessonSurvival survivalDefaults;
    const LessonXRange rangeDefaults;

    m_setsZoom = new QCheckBox(this);
    m_setsZoom->setObjectName(QStringLiteral("setsZoom"));
    m_zoomFrom = numberBox(this, -LabModel::kViewLimit, LabModel::kViewLimit, 3, rangeDefaults.minimum);
    m_zoomTo = numberBox(this, -LabModel::kViewLimit, LabModel::kViewLimit, 3, rangeDefaults.maximum);

    m_setsComparison = new QCheckBox(this);
    m_setsComparison->setObjectName(QStringLiteral("setsComparison"));
    m_comparison = new QListWidget(this);
    m_comparison->setObjectName(QStringLiteral("comparisonFamilies"));
    m_comparison->setFlow(QListView::LeftToRight);
    m_comparison->setWrapping(true);
    m_comparison->setResizeMode(QListView::Adjust);
    m_comparison->setMaximumHeight(fontMetrics().height() * 3 + 8); // two rows of families
    for (const FamilySpec &family : FamilyCatalog::all()) {
        auto *item = new QListWidgetItem(family.displayName, m_comparison);
        item->setData(Qt::UserRole, family.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }

    m_setsTab = new QCheckBox(this);
    m_setsTab->setObjectName(QStringLiteral("setsTab"));
    m_tab = new QComboBox(this);
    m_tab->setObjectName(QStringLiteral("tabChoice"));
    for (const QString &id : lessonformat::tabIds())
        m_tab->addItem(QString(), id);

    m_setsSurvival = new QCheckBox(this);
    m_setsSurvival->setObjectName(QStringLiteral("setsSurvival"));
    m_muLabel = new QLabel(QStringLiteral("μ"), this);
    m_mu = numberBox(this, -BatchDistribution::kMuLimit, BatchDistribution::kMuLimit, 2, survivalDefaults.mu);
    m_sigmaLabel = new QLabel(QStringLiteral("σ"), this);
    m_sigma = numberBox(this, BatchDistribution::kSigmaMinimum, BatchDistribution::kSigmaMaximum, 2, survivalDefaults.sigma);

    m_setsDepth = new QCheckBox(this);
    m_setsDepth->setObjectName(QStringLiteral("setsDepth"));
    m_init = new QComboBox(this);
    m_init->setObjectName(QStringLiteral("initChoice"));
    for (const WeightInit init : kInits)
        m_init->addItem(QString(), weightInitId(init));
    m_gainLabel = new QLabel(this);
    m_gain = numberBox(this, DepthSettings::kMinimumGain, DepthSettings::kMaximumGain, 3, depthDefaults.gain);
    m_widthLabel = new QLabel(this);
    m_width = wholeBox(this, 1, DepthSettings::kMaximumWidth, depthDefaults.width);
    m_depthLabel = new QLabel(this);
    m_depth = wholeBox(this, 1, DepthSettings::kMaximumDepth, depthDefaults.depth);
    m_batchLabel = new QLabel(this);
    m_batch = wholeBox(this, 1, DepthSettings::kMaximumBatch, depthDefaults.batch);
    m_seedLabel = new QLabel(this);
    m_seed = wholeBox(this, 0, static_cast<int>(LessonDepth::kMaximumSeed), static_cast<int>(depthDefaults.seed));

    m_setsHidden = new QCheckBox(this);
    m_setsHidden->setObjectName(QStringLiteral("setsHidden"));
    for (const QString &id : lessonformat::hiddenPartIds()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("hide-") % id);
        m_hidden.append(box);
    }

    m_capture = new QPushButton(this);
    m_capture->setObjectName(QStringLiteral("captureView"));
    m_capture->setAutoDefault(false);
    connect(m_capture, &QPushButton::clicked, this, &LessonStepFields::captureRequested);

    const auto row = [this](std::initializer_list<QWidget *> widgets) {
        auto *line = new QHBoxLayout;
        for (QWidget *widget : widgets)
            line->addWidget(widget);
        line->addStretch(1);
        return line;
    };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_setsZoom, 0, 0);
    grid->addLayout(row({m_zoomFrom, m_zoomTo}), 0, 1);
    grid->addWidget(m_setsComparison, 1, 0, Qt::AlignTop);
    grid->addWidget(m_comparison, 1, 1);
    grid->addWidget(m_setsTab, 2, 0);
    grid->addLayout(row({m_tab}), 2, 1);
    grid->addWidget(m_setsSurvival, 3, 0);
    grid->addLayout(row({m_muLabel, m_mu, m_sigmaLabel, m_sigma}), 3, 1);
    grid->addWidget(m_setsDepth, 4, 0, Qt::AlignTop);
    auto *depthRows = new QVBoxLayout;
    depthRows->addLayout(row({m_init, m_gainLabel, m_gain, m_seedLabel, m_seed}));
    depthRows->addLayout(row({m_widthLabel, m_width, m_depthLabel, m_depth, m_batchLabel, m_batch}));
    grid->addLayout(depthRows, 4, 1);
    grid->addWidget(m_setsHidden, 5, 0, Qt::AlignTop);
    auto *hiddenRows = new QGridLayout;
    for (int i = 0; i < m_hidden.size(); ++i)
        hiddenRows->addWidget(m_hidden[i], i / 2, i % 2);
    grid->addLayout(hiddenRows, 5, 1);
    grid->addLayout(row({m_capture}), 6, 0, 1, 2);

    for (QCheckBox *box : {m_setsZoom, m_setsComparison, m_setsTab, m_setsSurvival, m_setsDepth, m_setsHidden})
        reportEdits(box, &QCheckBox::toggled);
    for (QCheckBox *box : std::as_const(m_hidden))
        reportEdits(box, &QCheckBox::toggled);
    for (QDoubleSpinBox *box : {m_zoomFrom, m_zoomTo, m_mu, m_sigma, m_gain})
        reportEdits(box, &QDoubleSpinBox::valueChanged);
    for (QSpinBox *box : {m_width, m_depth, m_batch, m_seed})
        reportEdits(box, &QSpinBox::valueChanged);
    reportEdits(m_tab, &QComboBox::currentIndexChanged);
    reportEdits(m_init, &QComboBox::currentIndexChanged);
    reportEdits(m_comparison, &QListWidget::itemChanged);

    connect(m_teaching, &Teaching::languageChanged, this, &LessonStepFields::retranslate);
    retranslate();
    updateEnabled();
}

void LessonStepFields::setStep(const LessonStep &step)
{
    m_filling = true;
    m_setsZoom->setChecked(step.xRange.has_value());
    const LessonXRange range = step.xRange.value_or(LessonXRange{});
    m_zoomFrom->setValue(range.minimum);
    m_zoomTo->setValue(range.maximum);

    m_setsComparison->setChecked(step.comparison.has_value());
    const QStringList shown = step.comparison.value_or(QStringList());
    for (int i = 0; i < m_comparison->count(); ++i) {
        QListWidgetItem *item = m_comparison->item(i);
        item->setCheckState(shown.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }

    m_setsTab->setChecked(step.tab.has_value());
    m_tab->setCurrentIndex(std::max(0, m_tab->findData(step.tab.value_or(lessonformat::tabIds().constFirst()))));

    m_setsSurvival->setChecked(step.survival.has_value());
    const LessonSurvival survival = step.survival.value_or(LessonSurvival{});
    m_mu->setValue(survival.mu);
    m_sigma->setValue(survival.sigma);

    m_setsDepth->setChecked(step.depth.has_value());
    const LessonDepth depth = step.depth.value_or(LessonDepth{});
    m_init->setCurrentIndex(std::max(0, m_init->findData(weightInitId(depth.init))));
    m_gain->setValue(depth.gain);
    m_width->setValue(depth.width);
    m_depth->setValue(depth.depth);
    m_batch->setValue(depth.batch);
    m_seed->setValue(static_cast<int>(depth.seed));

    m_setsHidden->setChecked(step.hiddenParts.has_value());
    const QStringList hidden = step.hiddenParts.value_or(QStringList());
    for (int i = 0; i < m_hidden.size(); ++i)
        m_hidden[i]->setChecked(hidden.contains(lessonformat::hiddenPartIds().at(i)));
    m_filling = false;
    updateEnabled();
}

void LessonStepFields::applyTo(LessonStep *step) const
{
    step->xRange.reset();
    // A range the teacher has typed backwards is taken the right way round.
    if (m_setsZoom->isChecked()) {
        const double from = std::min(m_zoomFrom->value(), m_zoomTo->value());
        const double to = std::max(m_zoomFrom->value(), m_zoomTo->value());
        step->xRange = LessonXRange{from, std::max(to, from + LabModel::kMinimumViewWidth)};
    }
    step->comparison.reset();
    if (m_setsComparison->isChecked()) {
        QStringList ids;
        for (int i = 0; i < m_comparison->count(); ++i) {
            if (m_comparison->item(i)->checkState() == Qt::Checked)
                ids.append(m_comparison->item(i)->data(Qt::UserRole).toString());
        }
        step->comparison = ids;
    }
    step->tab.reset();
    if (m_setsTab->isChecked())
        step->tab = m_tab->currentData().toString();
    step->survival.reset();
    if (m_setsSurvival->isChecked())
        step->survival = LessonSurvival{m_mu->value(), m_sigma->value()};
    step->depth.reset();
    if (m_setsDepth->isChecked()) {
        step->depth = LessonDepth{kInits.value(m_init->currentIndex(), WeightInit::He), m_gain->value(), m_width->value(),
                                  m_depth->value(), m_batch->value(), m_seed->value()};
    }
    step->hiddenParts.reset();
    if (m_setsHidden->isChecked()) {
        QStringList hidden;
        for (int i = 0; i < m_hidden.size(); ++i) {
            if (m_hidden[i]->isChecked())
                hidden.append(lessonformat::hiddenPartIds().at(i));
        }
        step->hiddenParts = hidden;
    }
}

void LessonStepFields::updateEnabled()
{
    m_zoomFrom->setEnabled(m_setsZoom->isChecked());
    m_zoomTo->setEnabled(m_setsZoom->isChecked());
    m_comparison->setEnabled(m_setsComparison->isChecked());
    m_tab->setEnabled(m_setsTab->isChecked());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_muLabel, m_mu, m_sigmaLabel, m_sigma})
        widget->setEnabled(m_setsSurvival->isChecked());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_init, m_gainLabel, m_gain, m_widthLabel, m_width, m_depthLabel,
                                                            m_depth, m_batchLabel, m_batch, m_seedLabel, m_seed})
        widget->setEnabled(m_setsDepth->isChecked());
    for (QCheckBox *box : std::as_const(m_hidden))
        box->setEnabled(m_setsHidden->isChecked());
}

void LessonStepFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonStepFields::retranslate()
{
    m_setsZoom->setText(tr("Sets the &zoom (x from, to)"));
    m_zoomFrom->setAccessibleName(tr("Visible x range from"));
    m_zoomTo->setAccessibleName(tr("Visible x range to"));
    m_setsComparison->setText(tr("Sets the &faint curves"));
    m_comparison->setAccessibleName(tr("Families drawn faintly"));
    m_setsTab->setText(tr("Sets the &tab"));
    // The tabs' own titles: the two lab tabs take theirs from the teaching text.
    const QStringList tabs = {tr("Activation lab"), m_teaching->text(QStringLiteral("survival.title")),
                              m_teaching->text(QStringLiteral("training.title"))};
    for (int i = 0; i < m_tab->count(); ++i)
        m_tab->setItemText(i, tabs.value(i));
    m_setsSurvival->setText(tr("Sets the &batch (survival)"));
    m_mu->setAccessibleName(tr("Batch mean μ"));
    m_sigma->setAccessibleName(tr("Batch spread σ"));
    m_setsDepth->setText(tr("Sets the &depth lab"));
    const QStringList inits = {tr("He"), tr("Xavier"), tr("LeCun"), tr("Custom gain")};
    for (int i = 0; i < m_init->count(); ++i)
        m_init->setItemText(i, inits.value(i));
    m_init->setAccessibleName(tr("Weight initialization"));
    m_gainLabel->setText(tr("gain"));
    m_widthLabel->setText(tr("width"));
    m_depthLabel->setText(tr("layers"));
    m_batchLabel->setText(tr("batch"));
    m_seedLabel->setText(tr("seed"));
    m_setsHidden->setText(tr("&Predict first: hides"));
    const QStringList parts = {tr("the readouts"), tr("the curve right of the probe"), tr("the derivative panel"),
                               tr("the teaching cards")};
    for (int i = 0; i < m_hidden.size(); ++i)
        m_hidden[i]->setText(parts.value(i));
    m_capture->setText(tr("&Capture current view"));
    m_capture->setToolTip(tr("Sets every field of the selected step from what the lab shows now: family, "
                             "parameters, probe, zoom, faint curves, tab, batch and depth lab"));
}

} // namespace relulab
