#include "labpage/teachingnotes.h"

#include "labmodel.h"
#include "predictionstate.h"
#include "probetexts.h"
#include "teaching.h"
#include "labpage/teachingcard.h"
#include "widgets/labstyle.h"
#include "widgets/revealeffect.h"

#include <QEvent>
#include <QVBoxLayout>

namespace relulab {

TeachingNotes::TeachingNotes(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (int i = 0; i <= int(Card::GradientHealth); ++i) {
        auto *card = new TeachingCard(this);
        m_cards.append(card);
        layout->addWidget(card);
    }
    layout->addStretch(1);
    m_cards.constFirst()->setObjectName(QStringLiteral("currentRead"));
    cardAt(Card::GradientHealth)->setObjectName(QStringLiteral("gradientHealth"));
    cardAt(Card::GradientHealth)->hide(); // the readout tiles say it, unless showOnly() asks

    // The cards that read the probe (they come first) give a prediction's answer away.
    for (Card telling : {Card::CurrentRead, Card::Diagnosis, Card::TryNext, Card::MlTranslation})
        m_veils.append(new PredictionVeil(cardAt(telling)));

    connect(m_model, &LabModel::readingChanged, this, &TeachingNotes::onReadingChanged);
    connect(m_teaching, &Teaching::languageChanged, this, &TeachingNotes::retranslate);
    connect(m_model->prediction(), &PredictionState::hiddenPartsChanged, this, [this] {
        applyHiddenParts(false);
        onReadingChanged(); // the gradient-health card is blank while the readouts are hidden
    });
    connect(m_model->prediction(), &PredictionState::revealed, this, [this](const QStringList &parts) {
        if (parts.contains(PredictionState::kCards))
            applyHiddenParts(true);
    });
    retranslate();
    applyHiddenParts(false);
}

PredictionVeil *TeachingNotes::veil(Card which) const
{
    return int(which) < m_veils.size() ? m_veils.at(int(which)) : nullptr;
}

void TeachingNotes::applyHiddenParts(bool animate)
{
    const bool hidden = m_model->prediction()->isHidden(PredictionState::kCards);
    for (PredictionVeil *veil : std::as_const(m_veils)) {
        if (hidden)
            veil->cover();
        else if (animate || veil->isCovering())
            veil->lift(animate);
    }
}

TeachingCard *TeachingNotes::card(Card which)
{
    m_catchUp->catchUp();
    return cardAt(which);
}

TeachingCard *TeachingNotes::cardAt(Card which) const
{
    return m_cards.at(int(which));
}

void TeachingNotes::showOnly(const QList<Card> &cards)
{
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setVisible(cards.contains(Card(i)));
}

void TeachingNotes::setCompact(bool compact)
{
    layout()->setSpacing(compact ? 4 : 8);
    for (TeachingCard *card : std::as_const(m_cards))
        card->setCompact(compact);
}

void TeachingNotes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        onReadingChanged(); // the health's colour
    QWidget::changeEvent(event);
}

void TeachingNotes::onReadingChanged()
{
    // Nobody sees hidden notes: catch up when they are shown.
    if (m_catchUp->deferWhileHidden())
        return;
    refresh();
}

void TeachingNotes::retranslate()
{
    cardAt(Card::CurrentRead)->setHeading(tr("Current read"));
    cardAt(Card::Diagnosis)->setHeading(tr("Diagnosis"));
    cardAt(Card::TryNext)->setHeading(tr("Try next"));
    cardAt(Card::MlTranslation)->setHeading(tr("ML translation"));
    cardAt(Card::Snapshot)->setHeading(tr("Family snapshot"));
    cardAt(Card::WhyExists)->setHeading(tr("Why this family exists"));
    cardAt(Card::WhereSeen)->setHeading(tr("Where you'll see it"));
    cardAt(Card::ChooseWhen)->setHeading(tr("Choose it when"));
    cardAt(Card::WatchOut)->setHeading(tr("Watch out for"));
    cardAt(Card::GradientHealth)->setHeading(tr("Gradient health"));
    refresh();
}

void TeachingNotes::refresh()
{
    m_catchUp->clear();
    QHash<QString, QString> shown;
    const QList<ShownText> texts = ProbeTexts::texts(*m_teaching, ProbeFacts::of(*m_model));
    for (const ShownText &text : texts)
        shown.insert(text.card, text.text);

    TeachingCard *current = cardAt(Card::CurrentRead);
    current->setTitle(tr("%1 · %2").arg(m_model->familySpec().displayName, shown.value(QStringLiteral("currentRead.title"))));
    current->setBody(shown.value(QStringLiteral("currentRead")));
    const auto fill = [&](Card card, const char *title, const char *body) {
        if (title)
            cardAt(card)->setTitle(shown.value(QLatin1String(title)));
        cardAt(card)->setBody(shown.value(QLatin1String(body)));
    };
    fill(Card::Diagnosis, "diagnosis.title", "diagnosis");
    fill(Card::TryNext, nullptr, "tryNext");
    fill(Card::MlTranslation, nullptr, "mlTranslation");
    fill(Card::Snapshot, "snapshot.title", "snapshot");
    fill(Card::WhyExists, nullptr, "whyExists");
    fill(Card::WhereSeen, nullptr, "whereSeen");
    fill(Card::ChooseWhen, nullptr, "chooseWhen");
    fill(Card::WatchOut, nullptr, "watchOut");
    // The health tile's verdict and explanation; while the readouts are hidden for prediction,
    // "?" and nothing, as on the tile. (On a kink the slope tile's note, which slope PyTorch reads
    // there, is what the diagnosis says then: the presentation, which shows this card, leaves it out.)
    TeachingCard *health = cardAt(Card::GradientHealth);
    if (m_model->prediction()->isHidden(PredictionState::kReadouts)) {
        health->setTitle(reveal::placeholder());
        health->setTitleColor(QColor());
        health->setBody(QString());
    } else {
        health->setTitle(shown.value(QStringLiteral("health.name")));
        health->setTitleColor(style::healthColor(m_model->reading().health, palette()));
        health->setBody(shown.value(QStringLiteral("health")));
    }
}

} // namespace relulab
