#include "survival/batchstatisticspanel.h"

#include "batchstatistics.h"
#include "widgets/labstyle.h"
#include "widgets/nicestep.h"
#include "labmodel.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

constexpr int kSliderScale = 100;        // slider steps per unit
constexpr double kSliderMuLimit = 3.0;   // the spin box reaches further
constexpr double kSliderSigmaMaximum = 5.0;
constexpr int kCurvePoints = 400;
constexpr double kHalfRange = 4.0;       // the board shows at least -4..4 and mu ± 4 sigma
constexpr int kRowsAlwaysShown = 5;       // the table scrolls below this many rows

enum Column { FamilyColumn, DeadColumn, SlopeColumn, SquaredSlopeColumn, OutputColumn, VarianceColumn, ColumnCount };

QString teachingKey(Column column)
{
    switch (column) {
    case DeadColumn: return QStringLiteral("survival.batch.columns.dead");
    case SlopeColumn: return QStringLiteral("survival.batch.columns.meanSlope");
    case SquaredSlopeColumn: return QStringLiteral("survival.batch.columns.meanSquaredSlope");
    case OutputColumn: return QStringLiteral("survival.batch.columns.meanOutput");
    case VarianceColumn: return QStringLiteral("survival.batch.columns.outputVariance");
    default: return QString();
    }
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

BatchStatisticsPanel::BatchStatisticsPanel(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    m_intro = wrappedLabel(this);
    m_muLabel = new QLabel(this);
    m_sigmaLabel = new QLabel(this);
    m_muSlider = new QSlider(Qt::Horizontal, this);
    m_muSlider->setRange(static_cast<int>(-kSliderMuLimit * kSliderScale), static_cast<int>(kSliderMuLimit * kSliderScale));
    m_sigmaSlider = new QSlider(Qt::Horizontal, this);
    m_sigmaSlider->setRange(static_cast<int>(BatchDistribution::kSigmaMinimum * kSliderScale),
                            static_cast<int>(kSliderSigmaMaximum * kSliderScale));
    m_muSpin = new QDoubleSpinBox(this);
    m_muSpin->setRange(-BatchDistribution::kMuLimit, BatchDistribution::kMuLimit);
    m_muSpin->setDecimals(2);
    m_muSpin->setSingleStep(0.1);
    m_sigmaSpin = new QDoubleSpinBox(this);
    m_sigmaSpin->setRange(BatchDistribution::kSigmaMinimum, BatchDistribution::kSigmaMaximum);
    m_sigmaSpin->setDecimals(2);
    m_sigmaSpin->setSingleStep(0.1);
    m_muLabel->setBuddy(m_muSpin);
    m_sigmaLabel->setBuddy(m_sigmaSpin);
    m_watch = wrappedLabel(this);
    m_squaredSlopeNote = wrappedLabel(this);

    auto *controls = new QGridLayout;
    controls->addWidget(m_muLabel, 0, 0);
    controls->addWidget(m_muSlider, 0, 1);
    controls->addWidget(m_muSpin, 0, 2);
    controls->addWidget(m_sigmaLabel, 1, 0);
    controls->addWidget(m_sigmaSlider, 1, 1);
    controls->addWidget(m_sigmaSpin, 1, 2);
    controls->setColumnStretch(1, 1);

    auto *side = new QVBoxLayout;
    side->addWidget(m_intro);
    side->addLayout(controls);
    side->addSpacing(8);
    side->addWidget(m_watch);
    side->addWidget(m_squaredSlopeNote);
    side->addStretch(1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    m_side = sideWidget;
    m_side->setFixedWidth(style::sideColumnWidth(this));

    buildChart();

    m_table = new QTableWidget(FamilyCatalog::all().size(), ColumnCount, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FamilyColumn, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    for (int row = 0; row < FamilyCatalog::all().size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(column == FamilyColumn ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                          : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(row, column, item);
        }
    }
    // Every row when there is room; with twelve families on a 768-px screen the table scrolls
    // instead of making the window taller than the screen.
    const int frame = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    m_table->setMaximumHeight(m_table->verticalHeader()->length() + frame);
    m_table->setMinimumHeight(kRowsAlwaysShown * m_table->verticalHeader()->defaultSectionSize() + frame);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    auto *right = new QVBoxLayout;
    right->addWidget(m_chartView, 3);
    right->addWidget(m_table, 2);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addLayout(right, 1);

    connect(m_muSlider, &QSlider::valueChanged, this,
            [this](int value) { setDistribution(double(value) / kSliderScale, m_sigma); });
    connect(m_sigmaSlider, &QSlider::valueChanged, this,
            [this](int value) { setDistribution(m_mu, double(value) / kSliderScale); });
    connect(m_muSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) { setDistribution(value, m_sigma); });
    connect(m_sigmaSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) { setDistribution(m_mu, value); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        m_model->setFamily(FamilyCatalog::all().at(row).id);
    });
    connect(m_model, &LabModel::familyChanged, this, &BatchStatisticsPanel::onModelChanged);
    connect(m_model, &LabModel::parameterChanged, this, &BatchStatisticsPanel::onModelChanged);
    connect(m_teaching, &Teaching::languageChanged, this, &BatchStatisticsPanel::retranslateUi);

    syncControls();
    retranslateUi();
    refresh();
}

void BatchStatisticsPanel::buildChart()
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true); // axis labels in the interface language's format
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_axisX = new QValueAxis(m_chart);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    m_axisDensity = new QValueAxis(m_chart);
    m_axisOutput = new QValueAxis(m_chart);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisDensity, Qt::AlignLeft);
    m_chart->addAxis(m_axisOutput, Qt::AlignRight);

    // Areas get explicit lower lines at 0: without one Qt fills to the plot's bottom.
    m_density = new QLineSeries(m_chart);
    m_densityBase = new QLineSeries(m_chart);
    m_densityArea = new QAreaSeries(m_density, m_densityBase);
    m_deadDensity = new QLineSeries(m_chart);
    m_deadBase = new QLineSeries(m_chart);
    m_deadArea = new QAreaSeries(m_deadDensity, m_deadBase);
    m_activation = new QLineSeries(m_chart);

    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_densityArea), static_cast<QAbstractSeries *>(m_deadArea)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisDensity);
    }
    m_chart->addSeries(m_activation);
    m_activation->attachAxis(m_axisX);
    m_activation->attachAxis(m_axisOutput);

    applyPaletteColors();

    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
}

void BatchStatisticsPanel::applyPaletteColors()
{
    // The theme repaints every series in its own colours: ours are set again right after.
    const QPalette palette = this->palette();
    m_chart->setTheme(style::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    QColor densityFill = palette.color(QPalette::Text);
    densityFill.setAlpha(28);
    QColor densityLine = palette.color(QPalette::Text);
    densityLine.setAlpha(150);
    m_densityArea->setBrush(densityFill);
    m_densityArea->setPen(QPen(densityLine, 1.5));
    QColor deadFill = style::healthColor(GradientHealth::Dead, palette);
    deadFill.setAlpha(80);
    m_deadArea->setBrush(deadFill);
    m_deadArea->setPen(Qt::NoPen);
    m_activation->setPen(QPen(style::familyColor(m_model->family(), palette), 2.5));
    // One grid is enough: the density axis draws it; two unrelated grids would only confuse.
    m_axisOutput->setGridLineVisible(false);
}

bool BatchStatisticsPanel::setDistribution(double mu, double sigma)
{
    if (!BatchDistribution::validate(mu, sigma))
        return false;
    if (mu == m_mu && sigma == m_sigma)
        return true;
    m_mu = mu;
    m_sigma = sigma;
    syncControls();
    refresh();
    emit distributionChanged(m_mu, m_sigma);
    return true;
}

void BatchStatisticsPanel::syncControls()
{
    const QSignalBlocker b1(m_muSlider);
    const QSignalBlocker b2(m_sigmaSlider);
    const QSignalBlocker b3(m_muSpin);
    const QSignalBlocker b4(m_sigmaSpin);
    m_muSlider->setValue(static_cast<int>(std::lround(m_mu * kSliderScale)));
    m_sigmaSlider->setValue(static_cast<int>(std::lround(m_sigma * kSliderScale)));
    m_muSpin->setValue(m_mu);
    m_sigmaSpin->setValue(m_sigma);
}

void BatchStatisticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange && m_side)
        m_side->setFixedWidth(style::sideColumnWidth(this)); // presentation mode enlarges the text
    if (event->type() == QEvent::PaletteChange && m_chart) {
        applyPaletteColors();
        refresh();
    }
    QWidget::changeEvent(event);
}

QTableWidget *BatchStatisticsPanel::table()
{
    m_catchUp->catchUp();
    return m_table;
}

void BatchStatisticsPanel::onModelChanged()
{
    // Nobody sees a hidden panel: catch up when it is shown.
    if (m_catchUp->deferWhileHidden())
        return;
    refresh();
}

void BatchStatisticsPanel::retranslateUi()
{
    m_intro->setText(m_teaching->text(QStringLiteral("survival.batch.intro")));
    m_watch->setText(m_teaching->text(QStringLiteral("survival.batch.watch")));
    m_squaredSlopeNote->setText(m_teaching->text(QStringLiteral("survival.batch.meanSquaredSlope")));
    m_muLabel->setText(tr("Mean &μ"));
    m_sigmaLabel->setText(tr("Spread &σ"));
    m_muSlider->setAccessibleName(tr("Mean of the pre-activations"));
    m_sigmaSlider->setAccessibleName(tr("Standard deviation of the pre-activations"));

    m_table->setHorizontalHeaderLabels({tr("Family"), tr("Dead"), tr("E[f′]"), tr("E[f′²]"), tr("E[f]"), tr("Var[f]")});
    for (int column = DeadColumn; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(m_teaching->text(teachingKey(Column(column))));

    // QChart gets no LanguageChange of its own.
    m_chart->setLocale(QLocale());
    m_chart->setTitle(tr("Pre-activations N(μ, σ²) and the selected activation"));
    m_axisX->setTitleText(tr("pre-activation x"));
    m_axisDensity->setTitleText(tr("density"));
    m_axisOutput->setTitleText(tr("output f(x)"));
    m_densityArea->setName(tr("batch density"));
    m_deadArea->setName(tr("dead: slope exactly 0"));
    refresh(); // numbers follow the language's format too
}

void BatchStatisticsPanel::refresh()
{
    m_catchUp->clear();
    refreshTable();
    refreshChart();
}

void BatchStatisticsPanel::refreshTable()
{
    const QLocale locale;
    const QPalette palette = this->palette();
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 4); };
    const auto percent = [this, &locale](double fraction) {
        if (fraction == 0.0)
            return tr("0 %");
        if (fraction < 0.0005)
            return tr("≈ 0 %"); // e.g. GELU's far tail, where the slope underflows
        return tr("%1 %").arg(locale.toString(100.0 * fraction, 'f', 1));
    };
    const QList<FamilySpec> &families = FamilyCatalog::all();
    for (int row = 0; row < families.size(); ++row) {
        const FamilySpec &family = families[row];
        const BatchStatistics s = computeBatchStatistics(family, m_model->parameters(family.id), m_mu, m_sigma);
        const QStringList texts = {family.displayName,     percent(s.deadFraction), number(s.meanSlope),
                                   number(s.meanSquaredSlope), number(s.meanOutput), number(s.outputVariance)};
        const bool selected = family.id == m_model->family();
        QColor highlight = style::familyColor(family.id, palette);
        highlight.setAlpha(45);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setText(texts[column]);
            QFont font = item->font();
            font.setBold(selected);
            item->setFont(font);
            item->setBackground(selected ? QBrush(highlight) : QBrush());
        }
        m_table->item(row, FamilyColumn)->setIcon(style::familySwatch(family.id, palette));
    }
}

void BatchStatisticsPanel::refreshChart()
{
    const FamilySpec &family = m_model->familySpec();
    const ParameterValues values = m_model->parameters(family.id);
    const double xMinimum = std::min(-kHalfRange, m_mu - kHalfRange * m_sigma);
    const double xMaximum = std::max(kHalfRange, m_mu + kHalfRange * m_sigma);
    const BatchCurves curves = sampleBatchCurves(family, values, m_mu, m_sigma, xMinimum, xMaximum, kCurvePoints);
    // The filled areas close on the x axis.
    const auto onAxis = [](const QList<QPointF> &points) {
        QList<QPointF> base;
        base.reserve(points.size());
        for (const QPointF &p : points)
            base.append({p.x(), 0.0});
        return base;
    };
    const QList<QPointF> &dead = curves.deadDensity;
    const double outputMinimum = curves.outputMinimum;
    const double outputMaximum = curves.outputMaximum;
    m_density->replace(curves.density);
    m_densityBase->replace(onAxis(curves.density));
    m_deadDensity->replace(dead);
    m_deadBase->replace(onAxis(dead));
    m_activation->replace(curves.output);
    m_deadArea->setVisible(!dead.isEmpty());
    if (auto markers = m_chart->legend()->markers(m_deadArea); !markers.isEmpty())
        markers.constFirst()->setVisible(!dead.isEmpty());

    const double peak = curves.densityPeak;
    m_axisX->setRange(xMinimum, xMaximum);
    // Ticks on whole steps of 1, 2, 5, 10, ... anchored at 0, about eight of them.
    const double step = niceStep((xMaximum - xMinimum) / 8.0, StepRounding::Up);
    m_axisX->setTickInterval(step);
    m_axisX->setLabelFormat(step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    m_axisDensity->setRange(0.0, peak * 1.1);
    m_axisDensity->applyNiceNumbers();
    const double span = std::max(outputMaximum - outputMinimum, 1e-9);
    m_axisOutput->setRange(outputMinimum - 0.05 * span, outputMaximum + 0.05 * span);
    m_axisOutput->applyNiceNumbers();

    m_activation->setName(family.displayName);
    m_activation->setPen(QPen(style::familyColor(family.id, palette()), 2.5));
}

} // namespace relulab
