# Called after a test binary is built (see GTestSuites.cmake): writes OUTPUT, a ctest file with one
# test per GoogleTest suite of EXECUTABLE, each with PROPERTIES. A test that GoogleTest reports
# skipped (a GTEST_SKIP, or every test of a suite whose SetUpTestSuite failed) fails the ctest
# test: a skip exits 0, and would otherwise land as a pass.
execute_process(COMMAND ${EXECUTABLE} --gtest_list_tests
                OUTPUT_VARIABLE listing ERROR_VARIABLE errors RESULT_VARIABLE result TIMEOUT 60)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} --gtest_list_tests failed (${result}): ${errors}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(content "")
set(count 0)
foreach(line IN LISTS lines)
  # Suites start at the first column and end with a dot ("Suite." or "Prefix/Suite.  # TypeParam").
  if(line MATCHES "^([^ #][^ ]*)\\.")
    set(suite ${CMAKE_MATCH_1})
    string(APPEND content "add_test([==[${suite}]==] [==[${EXECUTABLE}]==] [==[--gtest_filter=${suite}.*]==])\n"
                          "set_tests_properties([==[${suite}]==] PROPERTIES ${PROPERTIES}\n"
                          "  FAIL_REGULAR_EXPRESSION [==[\\[  SKIPPED \\]]==])\n")
    math(EXPR count "${count} + 1")
  endif()
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} lists no test suite")
endif()
file(WRITE ${OUTPUT} "${content}")
