#include "survival/depthlabpanel.h"

#include "survival/depthrunner.h"
#include "widgets/labstyle.h"
#include "labmodel.h"
#include "magnitude.h"
#include "localepunctuation.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QEventLoop>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QCategoryAxis>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace relulab {
namespace {

const QList<WeightInit> kInits = {WeightInit::He, WeightInit::Xavier, WeightInit::LeCun, WeightInit::Custom};

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

bool sameRun(const DepthSettings &a, const DepthSettings &b)
{
    return a.family == b.family && a.parameters == b.parameters && a.init == b.init
        && (a.init != WeightInit::Custom || a.gain == b.gain) && a.width == b.width && a.depth == b.depth
        && a.batch == b.batch && a.seed == b.seed;
}

// The log axis covers the positive finite values with some room, and at least two decades:
// a steady gradient then looks flat instead of magnified noise. Its decades are labelled on the
// axis beside it as a teacher writes them (10⁰, 10⁻², …), at most about six of them.
void fitLogAxis(QLogValueAxis *axis, QCategoryAxis *decades, double low, double high)
{
    constexpr double kMinimumRatio = 100.0;
    if (!(low <= high)) {
        low = 0.1;
        high = 10.0;
    }
    low /= 1.6;
    high *= 1.6;
    if (high / low < kMinimumRatio) {
        const double center = std::sqrt(low * high);
        low = center / std::sqrt(kMinimumRatio);
        high = center * std::sqrt(kMinimumRatio);
    }
    axis->setRange(low, high);

    for (const QString &label : decades->categoriesLabels())
        decades->remove(label);
    const double first = std::log10(low);
    const double last = std::log10(high);
    const int lowest = static_cast<int>(std::ceil(first));
    const int highest = static_cast<int>(std::floor(last));
    const int every = std::max(1, static_cast<int>(std::ceil((highest - lowest + 1) / 6.0)));
    decades->setStartValue(first);
    for (int exponent = lowest; exponent <= highest; ++exponent) {
        if (exponent % every == 0)
            decades->append(magnitude::decade(exponent), exponent);
    }
    decades->setRange(first, last);
}

} // namespace

DepthLabPanel::DepthLabPanel(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_runner(new DepthRunner(this))
{
    const DepthSettings defaults;
    m_intro = wrappedLabel(this);

    m_initLabel = new QLabel(this);
    m_init = new QComboBox(this);
    for (int i = 0; i < kInits.size(); ++i)
        m_init->addItem(QString());
    m_initNote = wrappedLabel(this);
    m_gainLabel = new QLabel(this);
    m_gain = new QDoubleSpinBox(this);
    m_gain->setRange(DepthSettings::kMinimumGain, DepthSettings::kMaximumGain);
    m_gain->setSingleStep(0.05);
    m_gain->setDecimals(3);
    m_gain->setValue(std::sqrt(2.0));
    m_widthLabel = new QLabel(this);
    m_width = new QSpinBox(this);
    m_width->setRange(1, DepthSettings::kMaximumWidth);
    m_width->setValue(defaults.width);
    m_depthLabel = new QLabel(this);
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, DepthSettings::kMaximumDepth);
    m_depth->setValue(defaults.depth);
    m_batchLabel = new QLabel(this);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, DepthSettings::kMaximumBatch);
    m_batch->setValue(defaults.batch);
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(defaults.seed));
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_initLabel, m_init}, {m_gainLabel, m_gain},
                                {m_widthLabel, m_width}, {m_depthLabel, m_depth}, {m_batchLabel, m_batch},
                                {m_seedLabel, m_seed}}) {
        label->setBuddy(field);
    }
    m_allFamilies = new QCheckBox(this);
    m_keepPrevious = new QCheckBox(this);
    m_keepPrevious->setChecked(true);
    m_run = new QPushButton(this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = wrappedLabel(this);
    m_verdict = wrappedLabel(this);
    m_watch = wrappedLabel(this);
    m_heXavier = wrappedLabel(this);
    m_initSame = wrappedLabel(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_initLabel, m_init);
    form->addRow(m_initNote);
    form->addRow(m_gainLabel, m_gain);
    form->addRow(m_widthLabel, m_width);
    form->addRow(m_depthLabel, m_depth);
    form->addRow(m_batchLabel, m_batch);
    form->addRow(m_seedLabel, m_seed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_allFamilies);
    side->addWidget(m_keepPrevious);
    side->addLayout(buttons);
    side->addWidget(m_progress);
    side->addWidget(m_status);
    side->addWidget(m_verdict);
    side->addStretch(1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    m_side = sideWidget;
    applyFonts();

    m_gradient = makePlot(true);
    m_activation = makePlot(true);
    m_dead = makePlot(false);
    m_legend = wrappedLabel(this);
    m_legend->setTextFormat(Qt::RichText);

    // The teaching card shares the grid with the charts: what to look for, the He/Xavier story.
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_watch);
    cardLayout->addWidget(m_heXavier);
    cardLayout->addWidget(m_initSame);
    cardLayout->addStretch(1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_gradient.view, 0, 0);
    grid->addWidget(card, 0, 1);
    grid->addWidget(m_activation.view, 1, 0);
    grid->addWidget(m_dead.view, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_intro);
    right->addWidget(m_legend);
    right->addLayout(grid, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addLayout(right, 1);

    connect(m_run, &QPushButton::clicked, this, &DepthLabPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &DepthLabPanel::cancel);
    connect(m_runner, &DepthRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &DepthRunner::finished, this, &DepthLabPanel::takeResults);
    connect(m_runner, &DepthRunner::cancelled, this, &DepthLabPanel::takeCancel);
    connect(m_init, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        retranslateUi(); // the note under the combo follows the choice
    });
    for (QSpinBox *box : {m_width, m_depth, m_batch, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &DepthLabPanel::updateControls);
    connect(m_gain, &QDoubleSpinBox::valueChanged, this, &DepthLabPanel::updateControls);
    connect(m_allFamilies, &QCheckBox::toggled, this, &DepthLabPanel::updateControls);
    connect(m_keepPrevious, &QCheckBox::toggled, this, &DepthLabPanel::replot);
    connect(m_model, &LabModel::familyChanged, this, &DepthLabPanel::onFamilyChanged);
    connect(m_model, &LabModel::parameterChanged, this, &DepthLabPanel::onParameterChanged);
    connect(m_teaching, &Teaching::languageChanged, this, &DepthLabPanel::retranslateUi);

    retranslateUi();
    updateControls();
    replot();
}

DepthLabPanel::~DepthLabPanel()
{
    m_runner->cancel();
}

DepthLabPanel::Plot DepthLabPanel::makePlot(bool logarithmic)
{
    Plot plot;
    plot.chart = new QChart;
    plot.chart->setAnimationOptions(QChart::NoAnimation);
    plot.chart->setLocalizeNumbers(true); // axis labels in the interface language's format
    plot.chart->legend()->setVisible(false);
    plot.chart->setMargins(QMargins(2, 2, 2, 2));
    plot.axisX = new QValueAxis(plot.chart);
    plot.axisX->setLabelFormat(QStringLiteral("%.0f"));
    plot.axisX->setTickType(QValueAxis::TicksDynamic);
    plot.axisX->setTickAnchor(0.0);
    plot.chart->addAxis(plot.axisX, Qt::AlignBottom);
    if (logarithmic) {
        auto *axis = new QLogValueAxis(plot.chart);
        axis->setBase(10.0);
        axis->setMinorTickCount(8);
        axis->setLabelsVisible(false); // "1e-05" is no way to write a decade: see plot.decades
        plot.axisY = axis;
        plot.decades = new QCategoryAxis(plot.chart);
        plot.decades->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        plot.decades->setGridLineVisible(false);
        plot.decades->setLineVisible(false);
    } else {
        auto *axis = new QValueAxis(plot.chart);
        axis->setRange(0.0, 1.0);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.1f"));
        plot.axisY = axis;
    }
    plot.chart->addAxis(plot.axisY, Qt::AlignLeft);
    if (plot.decades)
        plot.chart->addAxis(plot.decades, Qt::AlignLeft);
    applyTheme(plot);
    plot.view = new QChartView(plot.chart, this);
    plot.view->setRenderHint(QPainter::Antialiasing);
    plot.view->setMinimumSize(260, 180);
    return plot;
}

void DepthLabPanel::applyTheme(const Plot &plot)
{
    // The theme repaints series and axes; replot() draws the series again in our colours.
    plot.chart->setTheme(style::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    plot.chart->legend()->setVisible(false);
    // Faint minor lines: the decades must stand out on the log axes.
    QColor minor = plot.axisY->gridLineColor();
    minor.setAlpha(50);
    plot.axisY->setMinorGridLineColor(minor);
}

DepthSettings DepthLabPanel::settings() const
{
    DepthSettings settings;
    settings.family = m_model->family();
    settings.parameters = m_model->parameters(settings.family);
    settings.init = kInits.value(m_init->currentIndex(), WeightInit::He);
    settings.gain = m_gain->value();
    settings.width = m_width->value();
    settings.depth = m_depth->value();
    settings.batch = m_batch->value();
    settings.seed = static_cast<quint64>(m_seed->value());
    return settings;
}

void DepthLabPanel::setSettings(const DepthSettings &settings)
{
    m_init->setCurrentIndex(std::max(0, static_cast<int>(kInits.indexOf(settings.init))));
    m_gain->setValue(settings.gain);
    m_width->setValue(settings.width);
    m_depth->setValue(settings.depth);
    m_batch->setValue(settings.batch);
    m_seed->setValue(static_cast<int>(std::min<quint64>(settings.seed, std::numeric_limits<int>::max())));
}

void DepthLabPanel::setAllFamilies(bool all)
{
    m_allFamilies->setChecked(all);
}

QList<DepthSettings> DepthLabPanel::plannedRuns() const
{
    const DepthSettings base = settings();
    if (!m_allFamilies->isChecked())
        return {base};
    QList<DepthSettings> runs;
    for (const FamilySpec &family : FamilyCatalog::all()) {
        DepthSettings run = base;
        run.family = family.id;
        run.parameters = m_model->parameters(family.id);
        runs.append(run);
    }
    return runs;
}

bool DepthLabPanel::isRunning() const
{
    return m_awaitingResult;
}

void DepthLabPanel::run()
{
    if (isRunning())
        return;
    QString why;
    if (!settings().validate(&why)) {
        m_refusal = why;
        updateStatus();
        return;
    }
    if (!m_runner->start(plannedRuns()))
        return;
    m_awaitingResult = true;
    m_autoRunDone = true;
    m_lastCancelled = false;
    m_clock.start();
    m_progress->setValue(0);
    updateControls();
}

void DepthLabPanel::cancel()
{
    m_runner->cancel();
}

void DepthLabPanel::waitForRun()
{
    if (!isRunning())
        return;
    // The results arrive through the event loop.
    QEventLoop loop;
    connect(this, &DepthLabPanel::runFinished, &loop, &QEventLoop::quit);
    connect(this, &DepthLabPanel::runCancelled, &loop, &QEventLoop::quit);
    loop.exec();
}

void DepthLabPanel::takeResults(const QList<DepthResult> &results)
{
    m_awaitingResult = false;
    m_lastMilliseconds = m_clock.elapsed();
    m_previous = m_results;
    m_results = results;
    m_progress->setValue(100);
    updateControls();
    updateVerdict();
    replot();
    emit runFinished();
}

void DepthLabPanel::takeCancel()
{
    m_awaitingResult = false;
    m_lastCancelled = true;
    m_progress->setValue(0);
    updateControls();
    emit runCancelled();
}

void DepthLabPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A teacher opening the tab sees the default network at once instead of empty charts.
    if (!m_autoRunDone && m_results.isEmpty())
        run();
}

void DepthLabPanel::applyFonts()
{
    // Relative to the panel's text, so that presentation mode enlarges them too.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_initNote->setFont(small);
    m_initSame->setFont(small);
    QFont bold = font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_side->setFixedWidth(style::sideColumnWidth(this));
}

void DepthLabPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange && m_side)
        applyFonts();
    if (event->type() == QEvent::PaletteChange && m_gradient.chart) {
        for (const Plot *plot : {&m_gradient, &m_activation, &m_dead})
            applyTheme(*plot);
        replot();
    }
    QWidget::changeEvent(event);
}

void DepthLabPanel::updateControls()
{
    const bool running = isRunning();
    const WeightInit init = kInits.value(m_init->currentIndex(), WeightInit::He);
    m_gain->setEnabled(init == WeightInit::Custom);
    m_gainLabel->setEnabled(init == WeightInit::Custom);
    QString why;
    m_refusal = settings().validate(&why) ? QString() : why;
    m_run->setEnabled(!running && m_refusal.isEmpty());
    m_cancel->setEnabled(running);
    updateStatus();
}

bool DepthLabPanel::isRunOutdated() const
{
    if (m_results.isEmpty())
        return false;
    const QList<DepthSettings> planned = plannedRuns();
    if (planned.size() != m_results.size())
        return true;
    for (int i = 0; i < planned.size(); ++i) {
        if (!sameRun(planned[i], m_results[i].settings))
            return true;
    }
    return false;
}

void DepthLabPanel::onFamilyChanged()
{
    // Nobody sees a hidden panel: catch up when it is shown.
    if (m_catchUp->deferWhileHidden())
        return;
    refresh(); // the selected family's lines are drawn on top
}

void DepthLabPanel::onParameterChanged()
{
    if (m_catchUp->deferWhileHidden())
        return;
    updateStatus(); // the run may be outdated now
}

void DepthLabPanel::refresh()
{
    m_catchUp->clear();
    updateStatus();
    updateVerdict();
    replot();
}

void DepthLabPanel::updateStatus()
{
    QString text;
    if (isRunning())
        text = m_teaching->text(QStringLiteral("survival.depth.running"));
    else if (!m_refusal.isEmpty())
        text = tr("These settings cannot run: %1").arg(m_refusal);
    else if (m_lastCancelled)
        text = m_teaching->text(QStringLiteral("survival.depth.cancelled"));
    else if (isRunOutdated())
        text = m_teaching->text(QStringLiteral("survival.depth.stale"));
    else if (m_lastMilliseconds >= 0)
        text = tr("Finished in %1 s.").arg(QLocale().toString(m_lastMilliseconds / 1000.0, 'f', 2));
    m_status->setText(text);
}

void DepthLabPanel::updateVerdict()
{
    const DepthResult *shown = nullptr;
    for (const DepthResult &result : m_results) {
        if (result.settings.family == m_model->family())
            shown = &result;
    }
    if (!shown && !m_results.isEmpty())
        shown = &m_results.constFirst();
    if (!shown || shown->layers.size() < 2) {
        m_verdict->clear();
        return;
    }
    const double factor = gradientChangeFactor(*shown);
    const GradientTrend trend = classifyGradientTrend(factor);
    const double shownFactor = trend == GradientTrend::Vanishing ? 1.0 / factor : factor;
    const QString name = FamilyCatalog::find(shown->settings.family)->displayName;
    const QString verdict = m_teaching->text(QStringLiteral("survival.depth.verdict.") % gradientTrendId(trend))
                                .arg(shown->layers.size())
                                .arg(magnitude::factor(shownFactor, *m_teaching));
    m_verdict->setText(punctuation::labelled(name, verdict, QLocale(m_teaching->language())));
}

void DepthLabPanel::retranslateUi()
{
    m_intro->setText(m_teaching->text(QStringLiteral("survival.depth.intro")));
    m_watch->setText(m_teaching->text(QStringLiteral("survival.depth.watch")));
    m_heXavier->setText(m_teaching->text(QStringLiteral("survival.depth.heXavier")));
    m_initSame->setText(m_teaching->text(QStringLiteral("survival.depth.initSame")));
    m_initLabel->setText(tr("&Initialization"));
    const QStringList initNames = {tr("He (Kaiming)"), tr("Xavier (Glorot)"), tr("LeCun"), tr("Custom gain")};
    for (int i = 0; i < initNames.size(); ++i)
        m_init->setItemText(i, initNames[i]);
    const WeightInit init = kInits.value(m_init->currentIndex(), WeightInit::He);
    m_initNote->setText(m_teaching->text(QStringLiteral("survival.init.") % weightInitId(init)));
    m_gainLabel->setText(tr("&Gain"));
    m_widthLabel->setText(tr("&Width W"));
    m_depthLabel->setText(tr("&Depth L"));
    m_batchLabel->setText(tr("&Batch B"));
    m_seedLabel->setText(tr("&Seed"));
    m_allFamilies->setText(tr("Overlay &all families"));
    m_keepPrevious->setText(tr("Keep the &previous run (dashed)"));
    m_run->setText(tr("&Run"));
    m_cancel->setText(tr("&Cancel"));
    m_progress->setAccessibleName(tr("Progress of the run"));

    // QChart gets no LanguageChange of its own.
    m_gradient.chart->setTitle(tr("Gradient norm per layer"));
    m_gradient.chart->setToolTip(m_teaching->text(QStringLiteral("survival.depth.charts.gradient")));
    m_gradient.view->setToolTip(m_gradient.chart->toolTip());
    m_activation.chart->setTitle(tr("Activation standard deviation"));
    m_activation.view->setToolTip(m_teaching->text(QStringLiteral("survival.depth.charts.activation")));
    m_dead.chart->setTitle(tr("Dead fraction (slope exactly 0)"));
    m_dead.view->setToolTip(m_teaching->text(QStringLiteral("survival.depth.charts.dead")));
    for (Plot *plot : {&m_gradient, &m_activation, &m_dead}) {
        plot->axisX->setTitleText(tr("layer (1 = nearest the input)"));
        plot->chart->setLocale(QLocale());
    }
    m_gradient.decades->setTitleText(tr("‖∂L/∂z‖ (log)"));
    m_activation.decades->setTitleText(tr("std (log)"));
    m_dead.axisY->setTitleText(tr("share of units"));
    updateStatus();
    updateVerdict();
    replot(); // series names
}

void DepthLabPanel::replot()
{
    for (Plot *plot : {&m_gradient, &m_activation, &m_dead})
        plot->chart->removeAllSeries();

    const auto runName = [this](const DepthSettings &settings) -> QString {
        QString init;
        switch (settings.init) {
        case WeightInit::He: init = tr("He"); break;
        case WeightInit::Xavier: init = tr("Xavier"); break;
        case WeightInit::LeCun: init = tr("LeCun"); break;
        case WeightInit::Custom: init = tr("gain %1").arg(QLocale().toString(settings.gain, 'g', 3)); break;
        }
        return FamilyCatalog::find(settings.family)->displayName % QStringLiteral(" · ") % init;
    };

    QStringList legend;
    double gradientLow = INFINITY, gradientHigh = -INFINITY;
    double activationLow = INFINITY, activationHigh = -INFINITY;
    int depth = 1;
    const auto draw = [&](const DepthResult &result, bool previous) {
        QList<QPointF> gradient, activation, dead;
        for (const DepthLayer &layer : result.layers) {
            // A log axis cannot show 0 or an overflow: such layers are left out.
            if (std::isfinite(layer.gradientNorm) && layer.gradientNorm > 0.0) {
                gradient.append({double(layer.layer), layer.gradientNorm});
                gradientLow = std::min(gradientLow, layer.gradientNorm);
                gradientHigh = std::max(gradientHigh, layer.gradientNorm);
            }
            if (std::isfinite(layer.activationStd) && layer.activationStd > 0.0) {
                activation.append({double(layer.layer), layer.activationStd});
                activationLow = std::min(activationLow, layer.activationStd);
                activationHigh = std::max(activationHigh, layer.activationStd);
            }
            dead.append({double(layer.layer), layer.deadFraction});
        }
        depth = std::max(depth, static_cast<int>(result.layers.size()));
        const bool selected = result.settings.family == m_model->family();
        QColor color = style::familyColor(result.settings.family, palette());
        QPen pen(color, selected ? 2.5 : 1.6);
        if (previous) {
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.5);
        }
        const QString name = previous ? tr("%1 (previous)").arg(runName(result.settings)) : runName(result.settings);
        // Solid or dashed sample line in the family's colour, then the name.
        legend.append(QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
                          .arg(color.name(), previous ? QStringLiteral("╌╌") : QStringLiteral("━━"),
                               name.toHtmlEscaped()));
        for (auto [plot, points] : {std::pair<Plot *, const QList<QPointF> *>{&m_gradient, &gradient},
                                    {&m_activation, &activation}, {&m_dead, &dead}}) {
            auto *series = new QLineSeries(plot->chart);
            series->setName(name);
            series->setPen(pen);
            series->replace(*points);
            plot->chart->addSeries(series);
            series->attachAxis(plot->axisX);
            series->attachAxis(plot->axisY);
        }
    };
    if (m_keepPrevious->isChecked()) {
        for (const DepthResult &result : m_previous)
            draw(result, true);
    }
    // The selected family last, so that it is drawn on top.
    for (const DepthResult &result : m_results) {
        if (result.settings.family != m_model->family())
            draw(result, false);
    }
    for (const DepthResult &result : m_results) {
        if (result.settings.family == m_model->family())
            draw(result, false);
    }

    // Newest first, the way a reader compares "now" against "before".
    std::reverse(legend.begin(), legend.end());
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    m_legend->setVisible(!legend.isEmpty());
    for (Plot *plot : {&m_gradient, &m_activation, &m_dead}) {
        plot->axisX->setRange(1.0, std::max(2, depth));
        const double step = std::max(1.0, std::ceil(depth / 6.0 / 5.0) * 5.0);
        plot->axisX->setTickInterval(depth <= 10 ? 1.0 : step);
    }
    fitLogAxis(static_cast<QLogValueAxis *>(m_gradient.axisY), m_gradient.decades, gradientLow, gradientHigh);
    fitLogAxis(static_cast<QLogValueAxis *>(m_activation.axisY), m_activation.decades, activationLow, activationHigh);
}

} // namespace relulab
