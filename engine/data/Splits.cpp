// The splits and folds, group by group (Dataset.h). Without groups every image is its own group and
// the draws are the per-image stratified draws they have always been, for the same seed.
#include "Dataset.h"

#include "Error.h"

#include <algorithm>
#include <map>
#include <random>

namespace tl {
namespace {

// The images of one group and the class it counts for (the one most of its images have, the
// lowest on a tie).
struct GroupUnit {
    std::vector<std::size_t> members;
    int label = 0;
};

// The groups of the samples, in the order of their first sample.
std::vector<GroupUnit> groupUnits(const std::vector<int>& labels, const std::vector<std::string>& groups)
{
    std::vector<GroupUnit> units;
    std::map<std::string, std::size_t> unitOf;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string group = i < groups.size() ? groups[i] : std::string();
        if (group.empty()) {
            units.push_back({{i}, labels[i]});
            continue;
        }
        const auto [found, added] = unitOf.emplace(group, units.size());
        if (added)
            units.push_back({});
        units[found->second].members.push_back(i);
    }
    for (GroupUnit& unit : units) {
        std::map<int, int> votes;
        for (std::size_t i : unit.members)
            ++votes[labels[i]];
        unit.label = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
                         return a.second < b.second;
                     })->first;
    }
    return units;
}

// Moves a seeded fraction of each class's `from` images to `to`, whole groups at a time: a group
// is taken when it brings the count nearer the target, never all of a class's groups, and at least
// one when the class has two or more.
void carveSplit(Dataset& dataset, Split from, Split to, double fraction, std::uint64_t seed)
{
    std::vector<std::size_t> candidates;
    std::vector<int> labels;
    std::vector<std::string> groups;
    for (std::size_t i = 0; i < dataset.images.size(); ++i)
        if (dataset.images[i].split == from) {
            candidates.push_back(i);
            labels.push_back(dataset.images[i].label);
            groups.push_back(dataset.images[i].group);
        }
    const std::vector<GroupUnit> units = groupUnits(labels, groups);
    std::mt19937_64 random(seed);
    for (int label = 0; label < static_cast<int>(dataset.classes.size()); ++label) {
        std::vector<const GroupUnit*> classUnits;
        std::size_t classImages = 0;
        for (const GroupUnit& unit : units)
            if (unit.label == label) {
                classUnits.push_back(&unit);
                classImages += unit.members.size();
            }
        std::shuffle(classUnits.begin(), classUnits.end(), random);
        // A class's only group stays where it is: a class must be learnt before it can be validated.
        if (fraction <= 0 || classUnits.size() < 2)
            continue;
        const double target = fraction * static_cast<double>(classImages);
        double taken = 0;
        std::size_t movedUnits = 0;
        for (const GroupUnit* unit : classUnits) {
            const double size = static_cast<double>(unit->members.size());
            const bool nearer = std::abs(taken + size - target) <= std::abs(taken - target);
            if (movedUnits + 1 == classUnits.size() || (!nearer && movedUnits > 0))
                continue;
            for (std::size_t member : unit->members)
                dataset.images[candidates[member]].split = to;
            taken += size;
            ++movedUnits;
        }
    }
}

void checkFraction(double fraction, const MessageText& which)
{
    if (fraction < 0.0 || fraction >= 1.0)
        throw Error(Message{which, {std::to_string(fraction)}});
}

} // namespace

void assignValidationSplit(Dataset& dataset, double fraction, std::uint64_t seed)
{
    checkFraction(fraction, TL_MESSAGE("validation-fraction-out-of-range",
                                       "the validation fraction must be at least 0 and below 1 (got %1)"));
    for (ImageEntry& image : dataset.images)
        if (image.split == Split::Validation)
            image.split = Split::Train;
    carveSplit(dataset, Split::Train, Split::Validation, fraction, seed);
}

void assignTestSplit(Dataset& dataset, double fraction, std::uint64_t seed)
{
    checkFraction(fraction, TL_MESSAGE("test-fraction-out-of-range",
                                       "the test fraction must be at least 0 and below 1 (got %1)"));
    if (fraction > 0 && std::any_of(dataset.images.begin(), dataset.images.end(),
                                    [](const ImageEntry& image) { return image.split == Split::Test; }))
        throw Error(Message{TL_MESSAGE("test-split-with-test-folder",
                                       "a test split cannot be carved from '%1': it already has test images (a test "
                                       "folder); use one or the other"),
                            {dataset.root}});
    // Another stream than the validation split's, so that the two draws are independent.
    carveSplit(dataset, Split::Train, Split::Test, fraction, seed ^ 0x7e57'5b11'77e5'7000ULL);
}

void assignTrainingSplits(Dataset& dataset, double testFraction, double validationFraction, std::uint64_t seed)
{
    assignTestSplit(dataset, testFraction, seed);
    assignValidationSplit(dataset, validationFraction, seed);
}

std::vector<int> stratifiedFolds(const std::vector<int>& labels, const std::vector<std::string>& groups, int folds,
                                 std::uint64_t seed)
{
    std::vector<int> fold(labels.size(), 0);
    const std::vector<GroupUnit> units = groupUnits(labels, groups);
    const int classes = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
    std::mt19937_64 random(seed);
    int next = 0; // carried across classes, so that small classes do not all start in fold 0
    for (int c = 0; c < classes; ++c) {
        std::vector<const GroupUnit*> classUnits;
        for (const GroupUnit& unit : units)
            if (unit.label == c)
                classUnits.push_back(&unit);
        std::shuffle(classUnits.begin(), classUnits.end(), random);
        std::stable_sort(classUnits.begin(), classUnits.end(),
                         [](const GroupUnit* a, const GroupUnit* b) { return a->members.size() > b->members.size(); });
        std::vector<std::size_t> held(static_cast<std::size_t>(folds), 0); // this class's images per fold
        for (const GroupUnit* unit : classUnits) {
            int chosen = next;
            for (int k = 1; k < folds; ++k) {
                const int candidate = (next + k) % folds;
                if (held[static_cast<std::size_t>(candidate)] < held[static_cast<std::size_t>(chosen)])
                    chosen = candidate;
            }
            held[static_cast<std::size_t>(chosen)] += unit->members.size();
            for (std::size_t member : unit->members)
                fold[member] = chosen;
            next = (chosen + 1) % folds;
        }
    }
    return fold;
}

} // namespace tl
