#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace relulab {

// A teaching moment as plain data: a family, some of its parameters and a probe position.
// Its title and note live in the teaching text under "scenarios.<id>".
struct Scenario
{
    QString id;
    QString family;
    QList<QPair<QString, double>> parameters; // parameters not named keep their defaults
    double probe = 0.0;
};

// The built-in scenarios, in teaching order. They also form the default lesson deck.
const QList<Scenario> &builtInScenarios();
const Scenario *findScenario(const QString &id);

} // namespace relulab
