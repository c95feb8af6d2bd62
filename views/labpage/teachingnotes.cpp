#include "labpage/teachingnotes.h"

#include "labmodel.h"
#include "teaching.h"
#include "labpage/teachingcard.h"

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
    for (int i = 0; i <= int(Card::WatchOut); ++i) {
        auto *card = new TeachingCard(this);
        m_cards.append(card);
        layout->addWidget(card);
    }
    layout->addStretch(1);
    m_cards.constFirst()->setObjectName(QStringLiteral("currentRead"));

    connect(m_model, &LabModel::readingChanged, this, &TeachingNotes::onReadingChanged);
    connect(m_teaching, &Teaching::languageChanged, this, &TeachingNotes::retranslate);
    retranslate();
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

void TeachingNotes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    refresh();
}

void TeachingNotes::refresh()
{
    m_catchUp->clear();
    const Reading reading = m_model->reading();
    const QString family = QStringLiteral("families.") % reading.family % QLatin1Char('.');
    const QString regime = regimeId(reading.regime);
    const QString state = family % QStringLiteral("regimes.") % regime % QLatin1Char('.');
    const auto text = [this](const QString &key) { return m_teaching->text(key); };

    TeachingCard *current = cardAt(Card::CurrentRead);
    current->setTitle(tr("%1 · %2").arg(m_model->familySpec().displayName,
                                        text(QStringLiteral("regimes.") % regime % QStringLiteral(".name"))));
    current->setBody(text(QStringLiteral("regimes.") % regime % QStringLiteral(".explanation")));

    cardAt(Card::Diagnosis)->setTitle(text(state % QStringLiteral("title")));
    cardAt(Card::Diagnosis)->setBody(text(state % QStringLiteral("diagnosis")));
    cardAt(Card::TryNext)->setBody(text(state % QStringLiteral("tryNext")));
    cardAt(Card::MlTranslation)->setBody(text(state % QStringLiteral("mlTranslation")));
    cardAt(Card::Snapshot)->setTitle(text(family % QStringLiteral("subtitle")));
    cardAt(Card::Snapshot)->setBody(text(family % QStringLiteral("snapshot")));
    cardAt(Card::WhyExists)->setBody(text(family % QStringLiteral("whyExists")));
    cardAt(Card::WhereSeen)->setBody(text(family % QStringLiteral("whereSeen")));
    cardAt(Card::ChooseWhen)->setBody(text(family % QStringLiteral("chooseWhen")));
    cardAt(Card::WatchOut)->setBody(text(family % QStringLiteral("watchOut")));
}

} // namespace relulab
