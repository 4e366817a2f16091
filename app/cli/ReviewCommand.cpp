#include "CliCommon.h"
#include "Commands.h"

#include "Error.h"
#include "ErrorReview.h"

#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace cli {

int runReview(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"data", Cli::tr("The dataset folder the images belong to."), "DIR"},
        {"mark", Cli::tr("mislabelled, excluded, or clear (removes the mark)."), "MARK"},
    });
    parser.addPositionalArgument("images", Cli::tr("Images of the dataset to mark."), "[IMAGE...]");
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli review --data DIR [--mark mislabelled|excluded|clear IMAGE...]\n"
                             "Marks images found in error review; marked images are left out of training and "
                             "evaluation.\nWithout --mark, lists the marks (kept in DIR/transferlab-review.json)."));
    const std::string dataDir = text(requiredOption(parser, "data"));
    const QStringList images = parser.positionalArguments();
    if (parser.isSet("mark") == images.isEmpty())
        throw UsageError(Cli::tr("--mark and at least one IMAGE go together"));

    tl::ReviewMarks marks = tl::loadReviewMarks(dataDir);
    if (parser.isSet("mark")) {
        const QString choice = parser.value("mark");
        std::optional<tl::ReviewMark> mark;
        try {
            if (choice != "clear")
                mark = tl::reviewMarkFromString(text(choice));
        } catch (const tl::Error& e) {
            throw UsageError(tl::Message{TL_MESSAGE("review-mark-or-clear", "%1 or clear"), {tl::messageOf(e)}});
        }
        for (const QString& image : images)
            marks = tl::markImage(dataDir, text(image), mark);
    }
    if (parser.isSet("json")) {
        QJsonObject json;
        for (const auto& [image, mark] : marks)
            json[QString::fromStdString(image)] = tl::toString(mark);
        printJson({{"marks", json}});
    } else {
        for (const auto& [image, mark] : marks)
            std::printf("%-12s %s\n", tl::toString(mark), image.c_str());
        printLine(Cli::tr("%n image(s) marked", nullptr, static_cast<int>(marks.size())));
    }
    return kSuccess;
}

} // namespace cli
