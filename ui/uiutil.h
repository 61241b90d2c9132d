#pragma once

#include "core/error.h"

#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>

class QLabel;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace Envdesk::Ui {

/** A read-only table over `model`: whole rows selected, columns sized to their content. */
QTableView *makeTable(QStandardItemModel *model, const QString &objectName, QWidget *parent);

/** Shows `message` (and its hint, in italics) in `label` as an error. */
void setErrorText(QLabel *label, const QString &message, const QString &hint = {});

/**
 * An error as users see it: the message, the hint below it, and where it came from (file, line)
 * folded away under "Show Details…".
 */
void showError(QWidget *parent, const QString &title, const Envdesk::Core::Error &error);

/**
 * Runs `work` on a thread of its own, then `done` with its result on `context`'s thread (skipped
 * when `context` is gone by then). For blocking calls the window must not wait on: the keychain,
 * interpreter probes.
 */
template<typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        T result = work();
        if (guard)
            QMetaObject::invokeMethod(
                guard.data(), [guard, done, result = std::move(result)] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Envdesk::Ui
