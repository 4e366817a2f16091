#pragma once
// The one declaration of every training option: its key in files, its command-line flag, its
// kind, range or choices, default (TrainConfig's) and one line of help. The CLI's options and
// --help, TrainConfig's validation and JSON, the run comparison and the Train view's form are all
// made from this table, so adding an option is one row here plus its use in the trainer.
#include "Message.h"
#include "TrainConfig.h"

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace tl {

enum class OptionKind { Integer, Real, Choice, Switch, File, Folder };

// Integer: std::int64_t; Real: double; Switch: bool; Choice, File and Folder: std::string.
using OptionValue = std::variant<std::int64_t, double, bool, std::string>;

struct OptionChoice {
    std::string value; // in files and on the command line
    std::string label; // in the Train view (which translates it)
};

struct TrainOption {
    std::string key;  // in JSON: model files, checkpoints, settings, the run history
    std::string flag; // transferlab-cli --FLAG
    OptionKind kind = OptionKind::Integer;
    MessageText name;  // in messages, "option-name": "learning rate must be above 0 and at most 10"
    std::string label; // the Train view's label and the run comparison's row (translated there)
    std::string help;  // one line: --help and the Train view's tooltip (translated there)

    // Integer and Real: the valid range. An infinite maximum means none.
    double minimum = 0, maximum = 0;
    bool minimumIncluded = true, maximumIncluded = true;
    std::int64_t multipleOf = 1; // Integer: the value must be a multiple of it (the image size: 32)
    int decimals = 0;            // Real: the digits the Train view edits
    std::string offText;         // what the minimum means when it turns the option off ("Off", "None")
    std::string unit;            // " px", " epochs": the Train view's suffix
    std::vector<OptionChoice> choices;
    // Only a full training has it, not cross-validation (the split, the threshold, calibration,
    // fine-tuning, early stopping).
    bool trainOnly = false;

    std::function<OptionValue(const TrainConfig&)> get;
    // Throws tl::Error for a choice that is not one of the option's (range checks: validate()).
    std::function<void(TrainConfig&, const OptionValue&)> set;
};

// In the Train view's order.
const std::vector<TrainOption>& trainOptions();
// The option with this key; throws tl::Error when there is none.
const TrainOption& trainOption(const std::string& key);

// The options whose default is the backbone's (its registry entry: the head, fine-tuning's step
// size), with the values for this one. TrainConfig's own defaults are those of VGG16, the default
// backbone. The CLI, the bench and the Train view apply them where the user has not chosen.
std::vector<std::pair<const TrainOption*, OptionValue>> backboneDefaults(BackboneId backbone);

// The value as a person reads it on a command line: "0.001", "42", "adam", "on".
std::string optionText(const OptionValue& value);
// Throws tl::Error naming the option and its range when the value is outside it.
void checkRange(const TrainOption& option, const OptionValue& value);

} // namespace tl
