#pragma once
// Runs engine work on the global thread pool and hands the result (or the error text) back on
// the context object's thread. Exceptions never cross threads: the work is wrapped here, so a
// tl::Error becomes a message for the user instead of a crash.
#include "Translations.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>

#include <exception>
#include <optional>
#include <utility>

namespace tl::ui {

template <typename Result> struct AsyncResult {
    std::optional<Result> value;
    QString error;
};

template <typename Work, typename OnDone, typename OnError>
void runAsync(QObject* context, Work work, OnDone onDone, OnError onError)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<AsyncResult<Result>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, onDone = std::move(onDone), onError = std::move(onError)] {
                         watcher->deleteLater();
                         AsyncResult<Result> result = watcher->result();
                         if (result.value)
                             onDone(std::move(*result.value));
                         else
                             onError(result.error);
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] {
        AsyncResult<Result> result;
        try {
            result.value = work();
        } catch (const std::exception& error) {
            result.error = i18n::errorText(error);
        }
        return result;
    }));
}

} // namespace tl::ui
