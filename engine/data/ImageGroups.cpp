#include "ImageGroups.h"

#include "Error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

namespace fs = std::filesystem;

namespace tl {
namespace {

// One CSV record's fields (RFC 4180: quoted fields may hold commas, line breaks and "" for a quote).
// Returns false at the end of the input.
bool readRecord(std::istream& in, std::vector<std::string>& fields, std::size_t& line)
{
    fields.clear();
    std::string field;
    bool quoted = false, any = false;
    for (char c; in.get(c);) {
        any = true;
        if (quoted) {
            if (c == '"' && in.peek() == '"')
                field += static_cast<char>(in.get());
            else if (c == '"')
                quoted = false;
            else
                field += c, line += c == '\n';
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            ++line;
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (any)
        fields.push_back(std::move(field));
    return any;
}

std::string normalised(const std::string& relativePath)
{
    return fs::path(relativePath).lexically_normal().generic_string();
}

Message metadataError(const std::string& file, std::size_t line, Message reason)
{
    reason.arguments.insert(reason.arguments.begin(), {file, std::to_string(line)});
    return reason;
}

} // namespace

bool ImageMetadata::hasColumn(const std::string& column) const
{
    return std::find(columns.begin(), columns.end(), column) != columns.end();
}

std::optional<std::string> ImageMetadata::value(const std::string& relativePath, const std::string& column) const
{
    const auto row = rows.find(normalised(relativePath));
    const auto at = std::find(columns.begin(), columns.end(), column);
    if (row == rows.end() || at == columns.end())
        return std::nullopt;
    return row->second[static_cast<std::size_t>(at - columns.begin())];
}

ImageMetadata readImageMetadata(const std::string& csvPath)
{
    std::ifstream in(csvPath, std::ios::binary);
    if (!in)
        throw Error(Message{TL_MESSAGE("metadata-unreadable", "cannot read the metadata file '%1'"), {csvPath}});
    ImageMetadata metadata;
    metadata.file = csvPath;
    std::size_t line = 1;
    std::vector<std::string> fields;
    if (!readRecord(in, metadata.columns, line))
        throw Error(Message{TL_MESSAGE("metadata-empty", "the metadata file '%1' is empty: it needs a header row with "
                                                         "the columns image and group"),
                            {csvPath}});
    if (!metadata.columns.empty() && metadata.columns[0].rfind("\xEF\xBB\xBF", 0) == 0)
        metadata.columns[0].erase(0, 3); // a byte-order mark, as spreadsheets write it
    if (!metadata.hasColumn("image"))
        throw Error(Message{
            TL_MESSAGE("metadata-no-image-column", "the metadata file '%1' has no column named image (its header: %2)"),
            {csvPath, [&] {
                 std::string header;
                 for (const std::string& column : metadata.columns)
                     header += (header.empty() ? "" : ", ") + column;
                 return header;
             }()}});
    const auto imageColumn = static_cast<std::size_t>(
        std::find(metadata.columns.begin(), metadata.columns.end(), "image") - metadata.columns.begin());
    for (std::size_t start = line; readRecord(in, fields, line); start = line) {
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line
        if (fields.size() != metadata.columns.size())
            throw Error(metadataError(
                csvPath, start,
                Message{TL_MESSAGE("metadata-field-count", "'%1' line %2 has %3 field(s) where the header has %4"),
                        {std::to_string(fields.size()), std::to_string(metadata.columns.size())}}));
        const std::string image = normalised(fields[imageColumn]);
        if (!metadata.rows.emplace(image, fields).second)
            throw Error(metadataError(
                csvPath, start,
                Message{TL_MESSAGE("metadata-image-twice", "'%1' line %2 lists the image '%3' a second time"),
                        {image}}));
    }
    return metadata;
}

std::string datasetRelativePath(const Dataset& dataset, const std::string& path)
{
    const fs::path relative =
        fs::path(path).lexically_normal().lexically_relative(fs::path(dataset.root).lexically_normal());
    if (relative.empty() || *relative.begin() == "..")
        return fs::absolute(path).lexically_normal().generic_string();
    return relative.generic_string();
}

void groupByMetadata(Dataset& dataset, const ImageMetadata& metadata)
{
    if (!metadata.hasColumn("group"))
        throw Error(Message{TL_MESSAGE("metadata-no-group-column",
                                       "the metadata file '%1' has no column named group: the splits need it"),
                            {metadata.file}});
    for (ImageEntry& image : dataset.images)
        image.group = metadata.value(datasetRelativePath(dataset, image.path), "group").value_or("");
    dataset.grouping = metadata.file.empty() ? "groups set in the window" : "metadata " + metadata.file;
}

void groupByPattern(Dataset& dataset, const std::string& pattern)
{
    std::regex expression;
    try {
        expression = std::regex(pattern);
    } catch (const std::regex_error& error) {
        throw Error(Message{TL_MESSAGE("group-pattern-invalid", "the group pattern '%1' is not a valid regular "
                                                                "expression: %2"),
                            {pattern, error.what()}});
    }
    if (expression.mark_count() < 1)
        throw Error(Message{TL_MESSAGE("group-pattern-no-capture",
                                       "the group pattern '%1' has no capture group: put the part of the file name "
                                       "that names the patient or lesion in parentheses, e.g. ^(ISIC_\\d+)_"),
                            {pattern}});
    for (ImageEntry& image : dataset.images) {
        const std::string name = fs::path(image.path).filename().string();
        std::smatch match;
        image.group = std::regex_search(name, match, expression) ? match[1].str() : std::string();
    }
    dataset.grouping = "pattern " + pattern;
}

void putInOneGroup(ImageMetadata& metadata, const std::string& first, const std::string& second)
{
    if (!metadata.hasColumn("image"))
        metadata.columns.insert(metadata.columns.begin(), "image");
    if (!metadata.hasColumn("group")) {
        metadata.columns.push_back("group");
        for (auto& [image, fields] : metadata.rows)
            fields.emplace_back();
    }
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(metadata.columns.begin(), metadata.columns.end(), name) -
                                        metadata.columns.begin());
    };
    const std::size_t imageColumn = column("image"), groupColumn = column("group");
    auto rowOf = [&](const std::string& relativePath) -> std::vector<std::string>& {
        const std::string key = normalised(relativePath);
        auto [row, added] = metadata.rows.try_emplace(key, metadata.columns.size());
        if (added)
            row->second[imageColumn] = key;
        return row->second;
    };
    const std::string firstGroup = rowOf(first)[groupColumn], secondGroup = rowOf(second)[groupColumn];
    const std::string target = !firstGroup.empty()    ? firstGroup
                               : !secondGroup.empty() ? secondGroup
                                                      : normalised(first);
    for (auto& [image, fields] : metadata.rows)
        if (!secondGroup.empty() && fields[groupColumn] == secondGroup)
            fields[groupColumn] = target;
    rowOf(first)[groupColumn] = target;
    rowOf(second)[groupColumn] = target;
}

GroupCounts countGroups(const Dataset& dataset)
{
    GroupCounts counts;
    std::set<std::string> groups;
    for (const ImageEntry& image : dataset.images)
        if (image.group.empty())
            ++counts.ungroupedImages;
        else
            groups.insert(image.group);
    counts.groups = groups.size() + counts.ungroupedImages;
    return counts;
}

} // namespace tl
