#include "predictionstate.h"

#include <QCoreApplication>

namespace relulab {

const QString PredictionState::kReadouts = QStringLiteral("readouts");
const QString PredictionState::kCurveRight = QStringLiteral("curve-right");
const QString PredictionState::kDerivative = QStringLiteral("derivative");
const QString PredictionState::kCards = QStringLiteral("cards");

PredictionState::PredictionState(QObject *parent)
    : QObject(parent)
{
}

QStringList PredictionState::allParts()
{
    return {kReadouts, kCurveRight, kDerivative, kCards};
}

bool PredictionState::normalized(const QStringList &parts, QStringList *known, QString *error)
{
    for (const QString &part : parts) {
        if (!allParts().contains(part)) {
            if (error)
                *error = QCoreApplication::translate("relulab::PredictionState",
                                                     "unknown part to hide: '%1' (known: %2)")
                             .arg(part, allParts().join(QStringLiteral(", ")));
            return false;
        }
    }
    known->clear();
    for (const QString &part : allParts()) {
        if (parts.contains(part))
            known->append(part);
    }
    return true;
}

bool PredictionState::setChosenParts(const QStringList &parts, QString *error)
{
    QStringList known;
    if (!normalized(parts, &known, error))
        return false;
    if (known != m_chosen) {
        m_chosen = known;
        emit chosenPartsChanged(m_chosen);
    }
    return true;
}

bool PredictionState::setHiddenParts(const QStringList &parts, QString *error)
{
    QStringList known;
    if (!normalized(parts, &known, error))
        return false;
    if (known != m_hidden) {
        m_hidden = known;
        emit hiddenPartsChanged(m_hidden);
    }
    return true;
}

void PredictionState::hide()
{
    setHiddenParts(m_chosen);
}

void PredictionState::reveal()
{
    if (m_hidden.isEmpty())
        return;
    const QStringList appearing = m_hidden;
    m_hidden.clear();
    emit revealed(appearing);
    emit hiddenPartsChanged(m_hidden);
}

void PredictionState::toggle()
{
    if (isAnythingHidden())
        reveal();
    else
        hide();
}

} // namespace relulab
