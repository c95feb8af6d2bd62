#include "labpage/readoutpanel.h"

#include "widgets/labstyle.h"
#include "labmodel.h"
#include "widgets/numberformat.h"
#include "labpage/readouttile.h"
#include "teaching.h"

#include <QEvent>
#include <QHBoxLayout>

namespace relulab {
namespace {

// The value of f(x) and f′(x), relative to the page's text.
constexpr double kNumberScale = 1.9;

} // namespace

ReadoutPanel::ReadoutPanel(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_output(new ReadoutTile(this))
    , m_slope(new ReadoutTile(this))
    , m_health(new ReadoutTile(this))
    , m_useCase(new ReadoutTile(this))
{
    setProminent(false);
    m_useCase->setValueWraps(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_output, 2);
    layout->addWidget(m_slope, 3);
    layout->addWidget(m_health, 4);
    layout->addWidget(m_useCase, 3);

    connect(m_model, &LabModel::readingChanged, this, &ReadoutPanel::refresh);
    connect(m_teaching, &Teaching::languageChanged, this, &ReadoutPanel::retranslate);
    retranslate();
}

void ReadoutPanel::setProminent(bool prominent)
{
    const double emphasis = prominent ? 1.25 : 1.0;
    m_output->setValueScale(kNumberScale * emphasis);
    m_slope->setValueScale(kNumberScale * emphasis);
    m_health->setValueScale(1.5 * emphasis);
    m_useCase->setValueScale(1.2 * emphasis);
}

void ReadoutPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ReadoutPanel::retranslate()
{
    m_output->setCaption(tr("Output"));
    m_slope->setCaption(tr("Local slope"));
    m_health->setCaption(tr("Gradient health"));
    m_useCase->setCaption(tr("Use case"));
    refresh();
}

void ReadoutPanel::refresh()
{
    const Reading reading = m_model->reading();
    const QString family = reading.family;
    const QString health = healthId(reading.health);

    m_output->setValue(formatReading(reading.output, locale()));
    m_output->setNote(tr("f(x) at x = %1").arg(formatReading(reading.x, locale())));
    m_slope->setValue(formatReading(reading.slope, locale()));
    m_slope->setNote(reading.onKink ? m_teaching->text(QStringLiteral("kinks.") % family)
                                    : tr("f′(x): how much gradient passes back"));
    m_health->setValue(m_teaching->text(QStringLiteral("health.") % health % QStringLiteral(".name")),
                       style::healthColor(reading.health, palette()));
    m_health->setNote(m_teaching->text(QStringLiteral("health.") % health % QStringLiteral(".explanation")));
    m_useCase->setValue(m_teaching->text(QStringLiteral("families.") % family % QStringLiteral(".tagline")));
    m_useCase->setNote(m_teaching->text(QStringLiteral("families.") % family % QStringLiteral(".subtitle")));
}

} // namespace relulab
