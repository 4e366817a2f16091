# transferlab_add_gtest_suites(TARGET [PROPERTIES name value ...])
#
# Registers one ctest test per GoogleTest suite of TARGET, named after the suite. The suites are
# listed from the binary after each build (as gtest_discover_tests does for single tests), so
# every suite it holds is registered and none can be left out by hand. Running a suite in one
# process makes its SetUpTestSuite fixtures (weights, datasets, a warm feature cache) once instead
# of once per test. A failed set-up skips the suite's tests and gtest exits non-zero: the ctest
# test fails (gtest_discover_tests would count those skips as a pass).
set(TRANSFERLAB_GTEST_SUITES_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/WriteGTestSuites.cmake)

function(transferlab_add_gtest_suites target)
  cmake_parse_arguments(ARG "" "" "PROPERTIES" ${ARGN})
  set(properties "")
  foreach(item IN LISTS ARG_PROPERTIES)
    string(APPEND properties " [==[${item}]==]")
  endforeach()
  set(suites_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_suites.cmake)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -D EXECUTABLE=$<TARGET_FILE:${target}> -D OUTPUT=${suites_file}
                             -D PROPERTIES=${properties} -P ${TRANSFERLAB_GTEST_SUITES_SCRIPT}
    BYPRODUCTS ${suites_file}
    VERBATIM)
  # Before the first build there is no list: a test that fails says so, rather than none.
  set(include_file ${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake)
  file(WRITE ${include_file}
       "if(EXISTS \"${suites_file}\")\n  include(\"${suites_file}\")\nelse()\n"
       "  add_test(${target}_NOT_BUILT ${target}_NOT_BUILT)\nendif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${include_file})
endfunction()
