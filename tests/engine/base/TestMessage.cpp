// Engine messages: an identifier, English text with %1, %2…, and arguments that front ends can
// put into a translation. The English wording is what what() says.
#include "Error.h"
#include "ImageDecoder.h"
#include "Message.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace tl;

TEST(Message, FillsEachPlaceholderWithItsArgumentOnce)
{
    EXPECT_EQ(formatMessage("'%1' has %2 images", {"/data", "12"}), "'/data' has 12 images");
    EXPECT_EQ(formatMessage("%2 before %1", {"a", "b"}), "b before a");
    // An argument's own placeholder is not filled again, and a missing argument stays visible.
    EXPECT_EQ(formatMessage("%1 and %2", {"100%1", "x"}), "100%1 and x");
    EXPECT_EQ(formatMessage("%1 of %3", {"a"}), "a of %3");
    EXPECT_EQ(formatMessage("50% done, %", {}), "50% done, %");
}

TEST(Message, AnErrorKeepsItsIdentifierArgumentsAndEnglishText)
{
    const Error error(Message{TL_MESSAGE("test-folder-missing", "test folder '%1' does not exist"), {"/t"}});
    EXPECT_STREQ(error.what(), "test folder '/t' does not exist");
    ASSERT_NE(error.message(), nullptr);
    EXPECT_STREQ(error.message()->text.id, "test-folder-missing");
    ASSERT_EQ(error.message()->arguments.size(), 1u);
    EXPECT_EQ(error.message()->arguments[0].text, "/t");
    EXPECT_EQ(Error("plain").message(), nullptr);
}

// A message inside another (an inner error, an option's name) stays a message, for the front end
// to translate; the English text is the one the engine built before messages had identifiers.
TEST(Message, AMessageArgumentKeepsItsOwnIdentifier)
{
    const Message inner{TL_MESSAGE("file-cannot-write", "cannot write '%1': %2"),
                        {"/m.json", "No space left on device"}};
    const Message outer{TL_MESSAGE("review-marks-cannot-save", "cannot save the review marks: %1"), {inner}};
    EXPECT_EQ(outer.english(), "cannot save the review marks: cannot write '/m.json': No space left on device");
    ASSERT_NE(outer.arguments[0].message, nullptr);
    EXPECT_STREQ(outer.arguments[0].message->text.id, "file-cannot-write");
    const Message named{TL_MESSAGE("option-negative", "%1 must not be negative"),
                        {TL_MESSAGE("option-name", "patience")}};
    EXPECT_EQ(named.english(), "patience must not be negative");
}

TEST(Message, AnyExceptionHasAMessageToCarry)
{
    const Error error(Message{TL_MESSAGE("image-empty", "'%1' is empty (0 bytes)"), {"/a.png"}});
    EXPECT_STREQ(messageOf(error).text.id, "image-empty");
    const Message library = messageOf(std::runtime_error("[json.exception.parse_error.101]"));
    EXPECT_STREQ(library.text.id, "untranslated-text");
    EXPECT_EQ(library.english(), "[json.exception.parse_error.101]");
    EXPECT_EQ(messageOf(Error("plain")).english(), "plain");
}

// The loaders' errors carry their identifier and arguments, not only the English text.
TEST(Message, ALoaderErrorCarriesItsIdentifierAndArguments)
{
    try {
        decodeImage("/nonexistent/lesion.jpg");
        FAIL() << "no error";
    } catch (const Error& error) {
        ASSERT_NE(error.message(), nullptr);
        EXPECT_STREQ(error.message()->text.id, "image-cannot-open");
        ASSERT_EQ(error.message()->arguments.size(), 1u);
        EXPECT_EQ(error.message()->arguments[0].text, "/nonexistent/lesion.jpg");
        EXPECT_STREQ(error.what(), "cannot open image '/nonexistent/lesion.jpg' (missing or permission denied)");
    }
}
