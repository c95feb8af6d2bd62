#pragma once

#include <QString>

class QWidget;

namespace relulab::reveal {

// How long a part hidden for prediction takes to appear when revealed.
constexpr int kDurationMs = 300;

// What a value hidden for prediction shows in its place: neutral, in every language.
inline QString placeholder()
{
    return QStringLiteral("?");
}

// Draws nothing of `widget` while it keeps its room, so that hiding an answer moves nothing.
void conceal(QWidget *widget);
// Shows `widget` again: at once, or fading in over kDurationMs (also for a widget that was not
// concealed but whose content was just replaced, such as a value that was "?").
void unveil(QWidget *widget, bool animate);
// Concealed and not yet fading in.
bool isConcealed(const QWidget *widget);
// Fading in right now.
bool isFading(const QWidget *widget);

} // namespace relulab::reveal
