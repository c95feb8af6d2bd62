#pragma once

#include <QLabel>
#include <QList>

namespace relulab {

// A word-wrapped label that remembers its height for the last few widths. Layouts ask a wrapped
// label for its height many times per pass (and a page inside a scroll area runs several passes
// whenever any text on it changes); QLabel lays its text out anew for every question.
// The answers are kept until the text, font, style or margins change.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Measured
    {
        int width = 0;
        int height = 0;
    };
    static constexpr int kRemembered = 8;

    mutable QString m_measuredText;
    mutable QList<Measured> m_heights;
};

} // namespace relulab
