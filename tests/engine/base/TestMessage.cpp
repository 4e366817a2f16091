// Engine messages: an identifier, English text with %1, %2…, and arguments that front ends can
// put into a translation. The English wording is what what() says.
#include "Error.h"
#include "Message.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(error.message()->arguments, std::vector<std::string>{"/t"});
    EXPECT_EQ(Error("plain").message(), nullptr);
}
