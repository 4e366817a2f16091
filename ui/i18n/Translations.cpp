#include "Translations.h"

#include "Error.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tl::i18n {
namespace {

// Loads the catalogue of `locale` (or of a language it falls back to, pt_BR -> pt) into a
// translator owned by the application; true when there was one.
bool install(const QLocale& locale, const QString& catalogue, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, catalogue, "_", folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString installTranslations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return locale.name();
    // Embedded by ui/i18n/CMakeLists.txt; Qt's from Debian's qt6-translations-l10n.
    if (install(locale, "transferlab", ":/i18n"))
        install(locale, "qtbase", QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale.name();
}

QString messageText(const tl::Message& message)
{
    std::vector<std::string> arguments;
    for (const tl::MessageArgument& argument : message.arguments)
        arguments.push_back(argument.message ? messageText(*argument.message).toStdString() : argument.text);
    const QString pattern = QCoreApplication::translate(message.text.id, message.text.english);
    return QString::fromStdString(tl::formatMessage(pattern.toStdString(), arguments));
}

QString errorText(const std::exception& error)
{
    return messageText(tl::messageOf(error));
}

} // namespace tl::i18n
