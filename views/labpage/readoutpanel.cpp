#include "labpage/readoutpanel.h"

#include "widgets/labstyle.h"
#include "labmodel.h"
#include "predictionstate.h"
#include "widgets/revealeffect.h"
#include "probetexts.h"
#include "widgets/numberformat.h"
#include "labpage/readouttile.h"
#include "family.h"
#include "teaching.h"

#include <QCoreApplication>
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
    m_useCase->setValueScale(1.2);
    m_useCase->setValueWraps(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_output, 3); // room for "−0.918" in presentation type
    layout->addWidget(m_slope, 3);  // as wide: presenting, the two share the row
    layout->addWidget(m_health, 4);
    layout->addWidget(m_useCase, 3);

    connect(m_model, &LabModel::readingChanged, this, &ReadoutPanel::refresh);
    connect(m_teaching, &Teaching::languageChanged, this, &ReadoutPanel::retranslate);
    connect(m_model->prediction(), &PredictionState::hiddenPartsChanged, this, &ReadoutPanel::refresh);
    connect(m_model->prediction(), &PredictionState::revealed, this, [this](const QStringList &parts) {
        if (!parts.contains(PredictionState::kReadouts))
            return;
        m_revealing = true; // the values fade in once hiddenPartsChanged() has written them
    });
    retranslate();
}

void ReadoutPanel::setProminent(bool prominent)
{
    // Presenting, the numbers grow; the words stay at (bold) body size, which the body size
    // already makes legible from the back row, so the charts keep their room.
    m_prominent = prominent;
    refresh();
    const double emphasis = prominent ? 1.25 : 1.0;
    m_output->setValueScale(kNumberScale * emphasis);
    m_slope->setValueScale(kNumberScale * emphasis);
    m_health->setValueScale(1.5); // a word, not a number
    // Presenting, the use case (a fact about the family, not about the reading; the legend names
    // it beside the family where a row has room) gives its width to the readings, and the
    // gradient health, verdict and explanation, is read in the notes column beside the charts
    // (its gradient-health card): the room the tile kept for the longest explanation took a
    // third of the charts' height on a laptop-shaped projector. On a kink, which slope PyTorch
    // reads there is what the diagnosis in that column says, so the slope's note stays its
    // one-line meaning. The formula right above the tiles writes x, the parameters and the
    // reading out, so the tiles keep to caption and value, and the charts get the room.
    m_useCase->setVisible(!prominent);
    m_health->setVisible(!prominent);
    for (ReadoutTile *tile : {m_output, m_slope}) {
        tile->setNoteShown(!prominent);
        tile->setCaptionBesideValue(prominent);
    }
    // Presenting, output and slope share the row evenly (their stretch factors are equal).
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

QString ReadoutPanel::outputNote(const FamilySpec &family, const ParameterValues &values, double x) const
{
    // The parameters beside x: which curve the reading is on.
    QString at = tr("f(x) at x = %1").arg(formatReading(x, locale()));
    // With a decimal comma a semicolon separates the readings: x = 0,5; β = 8,000.
    const QString separator = locale().decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
    for (int i = 0; i < family.parameters.size(); ++i) {
        const ParameterSpec &p = family.parameters[i];
        const double value = values.value(i);
        if (p.isChoice()) { // a choice is named as the parameter editor names it: "Exact (erf)"
            const char *label = p.choiceLabels.value(int(value));
            at += separator % (label ? QCoreApplication::translate("relulab::Parameter", label) : p.choices.value(int(value)));
            continue;
        }
        const QString symbol = p.symbol.isEmpty() ? p.name : p.symbol;
        // No-break spaces: "α = 1,000" never wraps apart.
        at += separator % symbol % QStringLiteral("\u00a0=\u00a0") % formatReading(value, locale());
    }
    return at;
}

void ReadoutPanel::refresh()
{
    const ProbeFacts facts = ProbeFacts::of(*m_model);
    const Reading &reading = facts.reading;
    QHash<QString, QString> shown;
    const QList<ShownText> texts = ProbeTexts::texts(*m_teaching, facts);
    for (const ShownText &text : texts)
        shown.insert(text.card, text.text);

    // Hidden for prediction: the same tiles with "?" (no layout jump), and no note that tells.
    const bool hidden = m_model->prediction()->isHidden(PredictionState::kReadouts);
    m_output->setValue(hidden ? reveal::placeholder() : formatReading(reading.output, locale()));
    m_output->setNote(outputNote(*facts.spec, facts.values, reading.x));
    m_slope->setValue(hidden ? reveal::placeholder() : formatReading(reading.slope, locale()));
    m_slope->setNote(reading.onKink && !hidden && !m_prominent ? shown.value(QStringLiteral("slope.note"))
                                                               : tr("f′(x): how much gradient passes back"));
    if (hidden)
        m_health->setValue(reveal::placeholder());
    else
        m_health->setValue(shown.value(QStringLiteral("health.name")), style::healthColor(reading.health, palette()));
    m_health->setNote(hidden ? QString() : shown.value(QStringLiteral("health")));
    m_useCase->setValue(shown.value(QStringLiteral("useCase")));
    m_useCase->setNote(shown.value(QStringLiteral("useCase.note")));
    if (m_revealing && !hidden) {
        m_revealing = false;
        for (ReadoutTile *tile : {m_output, m_slope, m_health})
            tile->fadeInValue();
    }
}

} // namespace relulab
