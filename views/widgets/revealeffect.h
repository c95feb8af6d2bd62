#pragma once

#include <QString>
#include <QWidget>

namespace relulab {

namespace reveal {

// How long a part hidden for prediction takes to appear when revealed.
constexpr int kDurationMs = 300;

// What a value hidden for prediction shows in its place: neutral, in every language.
inline QString placeholder()
{
    return QStringLiteral("?");
}

// Fades `widget` in over kDurationMs: a value that was "?" appearing.
void fadeIn(QWidget *widget);
// Fading in right now.
bool isFading(const QWidget *widget);

} // namespace reveal

// Covers a widget with the page's background and a large "?" while its answer is hidden for
// prediction: the covered widget keeps its room, so nothing moves. lift() fades the cover away.
// (An opacity effect on the widget itself would not do: a chart view renders it black.)
class PredictionVeil : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionVeil(QWidget *covered);

    void cover();
    void lift(bool animate);
    // Covering, and not fading away.
    bool isCovering() const;
    bool isLifting() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_covered = nullptr;
};

} // namespace relulab
