#include "ModelExport.h"

#include "AtomicFile.h"
#include "Backbone.h"
#include "Error.h"
#include "ModelCard.h"
#include "OnnxExport.h"
#include "TorchScriptPipeline.h"

#include <filesystem>

namespace tl {
namespace {

const ConvNetwork& kerasNetwork(const Classifier& classifier)
{
    const Backbone* backbone = classifier.backbone();
    if (!backbone)
        throw Error(
            Message{TL_MESSAGE("export-from-torchscript", "this model was opened from an exported TorchScript file: "
                                                          "export from its TransferLab model file (.h5) instead"),
                    {}});
    if (!backbone->network())
        throw Error(Message{
            TL_MESSAGE("export-needs-keras",
                       "exports need Keras backbone weights (.h5); this model's backbone is a TorchScript file"),
            {}});
    return *backbone->network();
}

} // namespace

const char* toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::TorchScript: return "torchscript";
    case ExportFormat::Onnx: return "onnx";
    case ExportFormat::Card: return "card";
    }
    return "";
}

ExportFormat exportFormatFromString(const std::string& text)
{
    for (ExportFormat format : {ExportFormat::TorchScript, ExportFormat::Onnx, ExportFormat::Card})
        if (text == toString(format))
            return format;
    throw Error(
        Message{TL_MESSAGE("export-format-unknown", "unknown export format '%1' (expected torchscript, onnx or card)"),
                {text}});
}

std::vector<std::string> exportModel(const Classifier& classifier, ExportFormat format, const std::string& path)
{
    if (path.empty())
        throw Error(Message{TL_MESSAGE("export-no-path", "no output path was given for the export"), {}});
    checkWritable(path);
    const ModelInfo info = withoutLocalPaths(classifier.info());
    switch (format) {
    case ExportFormat::TorchScript: {
        torch::jit::Module pipeline =
            buildTorchScriptPipeline(kerasNetwork(classifier), info, classifier.headParameters());
        saveTorchScriptPipeline(pipeline, info, path);
        return {path};
    }
    case ExportFormat::Onnx:
        writeOnnxModel(kerasNetwork(classifier), info, classifier.headParameters(), path);
        return {path};
    case ExportFormat::Card: {
        const std::string jsonPath = std::filesystem::path(path).replace_extension(".json").string();
        if (jsonPath == path)
            throw Error(
                Message{TL_MESSAGE("model-card-needs-markdown-path",
                                   "the model card needs a Markdown path (such as card.md): '%1' is its JSON twin"),
                        {path}});
        writeFileAtomically(path, modelCardMarkdown(info));
        writeFileAtomically(jsonPath, modelCardJson(info));
        return {path, jsonPath};
    }
    }
    return {};
}

} // namespace tl
