#pragma once

#include <QFrame>

class QLabel;

namespace relulab {

// A titled block of teaching prose that wraps to the width it is given.
class TeachingCard : public QFrame
{
    Q_OBJECT

public:
    explicit TeachingCard(QWidget *parent = nullptr);

    void setHeading(const QString &heading);   // the panel's name, e.g. "Try next"
    void setTitle(const QString &title);       // optional bold line under it
    void setBody(const QString &body);

    QString heading() const;
    QString title() const;
    QString body() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    void updateFonts();

    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace relulab
