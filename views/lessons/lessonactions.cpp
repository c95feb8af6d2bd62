#include "lessons/lessonactions.h"

#include "lessondeck.h"
#include "lessons/lessoneditor.h"
#include "lessonplayer.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace relulab {
namespace {

const QString kLastFolderKey = QStringLiteral("lessons/lastFolder");

} // namespace

LessonActions::LessonActions(LessonPlayer *player, LabModel *model, Teaching *teaching, QWidget *window)
    : QObject(window)
    , m_player(player)
    , m_model(model)
    , m_teaching(teaching)
    , m_window(window)
{
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("openLesson"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &LessonActions::openInteractively);

    m_saveAs = new QAction(this);
    m_saveAs->setObjectName(QStringLiteral("saveLessonAs"));
    m_saveAs->setShortcut(QKeySequence::Save);
    connect(m_saveAs, &QAction::triggered, this, &LessonActions::showEditor);

    m_openSample = new QAction(this);
    m_openSample->setObjectName(QStringLiteral("openSampleLesson"));
    connect(m_openSample, &QAction::triggered, this,
            [this] { openLessonFile(QString::fromLatin1(lessonformat::kSampleResource)); });

    m_openSigmoidToGelu = new QAction(this);
    m_openSigmoidToGelu->setObjectName(QStringLiteral("openSigmoidToGeluLesson"));
    connect(m_openSigmoidToGelu, &QAction::triggered, this,
            [this] { openLessonFile(QString::fromLatin1(lessonformat::kSigmoidToGeluResource)); });

    // On the window too, so the shortcuts work in full screen with the menu bar hidden.
    m_window->addActions({m_open, m_saveAs, m_openSample, m_openSigmoidToGelu});
    // A plain QObject gets no LanguageChange event; its window does.
    m_window->installEventFilter(this);
    retranslate();
}

bool LessonActions::openLessonFile(const QString &path)
{
    QString error;
    if (!m_player->loadDeck(path, &error) || !m_player->goTo(0, &error)) {
        showError(tr("Lesson not opened"), error);
        return false;
    }
    if (!path.startsWith(QLatin1Char(':')))
        QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    return true;
}

QString LessonActions::lessonFileIn(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return QString();
    const QUrl url = data->urls().constFirst();
    if (!url.isLocalFile())
        return QString();
    const QString path = url.toLocalFile();
    return QFileInfo(path).suffix().compare(QLatin1String(lessonformat::kExtension), Qt::CaseInsensitive) == 0
        ? path
        : QString();
}

LessonEditor *LessonActions::editor()
{
    if (!m_editor) {
        m_editor = new LessonEditor(m_model, m_teaching, m_window);
        m_editor->setViewState(m_viewState);
        // A saved deck becomes the deck being presented, remembered under its new file name.
        connect(m_editor, &LessonEditor::deckSaved, this, [this](const QString &path) {
            m_player->setDeck(m_editor->deck(), path);
            QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
        });
    }
    return m_editor;
}

void LessonActions::showEditor()
{
    LessonEditor *lessonEditor = editor();
    // An open editor keeps its unsaved work; a closed one starts again from the current deck.
    if (!lessonEditor->isVisible())
        lessonEditor->setDeck(m_player->deck(), m_player->deckSource());
    lessonEditor->show();
    lessonEditor->raise();
    lessonEditor->activateWindow();
}

void LessonActions::openInteractively()
{
    QString folder = QSettings().value(kLastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open lesson"), folder,
                                                      tr("Lesson decks (*.relulesson);;All files (*)"));
    if (!path.isEmpty())
        openLessonFile(path);
}

void LessonActions::showError(const QString &title, const QString &message)
{
    // Not exec(): a drop handler must not block the drag source, and the lab stays usable.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("lessonError"));
    box->setInformativeText(tr("The lesson that was open before is still loaded."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool LessonActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LessonActions::retranslate()
{
    m_open->setText(tr("&Open lesson…"));
    m_open->setToolTip(tr("Open a lesson deck (.relulesson) at its first step"));
    m_saveAs->setText(tr("Save lesson &as…"));
    m_saveAs->setToolTip(tr("Prepare the steps of a lesson and save it as a file"));
    m_openSample->setText(tr("Open &sample lesson"));
    m_openSample->setToolTip(tr("Open the lesson “Why did my network stop learning?”"));
    m_openSigmoidToGelu->setText(tr("Open lesson “From sigmoid to &GELU”"));
    m_openSigmoidToGelu->setToolTip(tr("Open the lesson “From sigmoid to GELU”: how ReLU and GELU replaced the saturating classics"));
}

} // namespace relulab
