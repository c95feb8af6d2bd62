#include "teachingnotes.h"

#include "labmodel.h"
#include "teaching.h"
#include "teachingcard.h"

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

    connect(m_model, &LabModel::readingChanged, this, &TeachingNotes::refresh);
    connect(m_teaching, &Teaching::languageChanged, this, &TeachingNotes::retranslate);
    retranslate();
}

TeachingCard *TeachingNotes::card(Card which) const
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

void TeachingNotes::retranslate()
{
    card(Card::CurrentRead)->setHeading(tr("Current read"));
    card(Card::Diagnosis)->setHeading(tr("Diagnosis"));
    card(Card::TryNext)->setHeading(tr("Try next"));
    card(Card::MlTranslation)->setHeading(tr("ML translation"));
    card(Card::Snapshot)->setHeading(tr("Family snapshot"));
    card(Card::WhyExists)->setHeading(tr("Why this family exists"));
    card(Card::WhereSeen)->setHeading(tr("Where you'll see it"));
    card(Card::ChooseWhen)->setHeading(tr("Choose it when"));
    card(Card::WatchOut)->setHeading(tr("Watch out for"));
    refresh();
}

void TeachingNotes::refresh()
{
    const Reading reading = m_model->reading();
    const QString family = QStringLiteral("families.") % reading.family % QLatin1Char('.');
    const QString regime = regimeId(reading.regime);
    const QString state = family % QStringLiteral("regimes.") % regime % QLatin1Char('.');
    const auto text = [this](const QString &key) { return m_teaching->text(key); };

    TeachingCard *current = card(Card::CurrentRead);
    current->setTitle(tr("%1 · %2").arg(m_model->familySpec().displayName,
                                        text(QStringLiteral("regimes.") % regime % QStringLiteral(".name"))));
    current->setBody(text(QStringLiteral("regimes.") % regime % QStringLiteral(".explanation")));

    card(Card::Diagnosis)->setTitle(text(state % QStringLiteral("title")));
    card(Card::Diagnosis)->setBody(text(state % QStringLiteral("diagnosis")));
    card(Card::TryNext)->setBody(text(state % QStringLiteral("tryNext")));
    card(Card::MlTranslation)->setBody(text(state % QStringLiteral("mlTranslation")));
    card(Card::Snapshot)->setTitle(text(family % QStringLiteral("subtitle")));
    card(Card::Snapshot)->setBody(text(family % QStringLiteral("snapshot")));
    card(Card::WhyExists)->setBody(text(family % QStringLiteral("whyExists")));
    card(Card::WhereSeen)->setBody(text(family % QStringLiteral("whereSeen")));
    card(Card::ChooseWhen)->setBody(text(family % QStringLiteral("chooseWhen")));
    card(Card::WatchOut)->setBody(text(family % QStringLiteral("watchOut")));
}

} // namespace relulab
