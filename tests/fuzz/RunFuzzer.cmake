# Runs one libFuzzer target from the SEEDS folder, with a fresh working CORPUS, for RUNS inputs or
# SECONDS, whichever comes first, and fails with the end of its log when it finds something.
#
# The random SEED is fixed, so that CI runs the same inputs every time: a red run then means the
# code changed, not the dice (libhdf5 1.10 still crashes on some damaged files that fuzzing finds
# in minutes; see the README, "Building by hand"). Explore with other seeds and longer runs by hand.
#
# Memory: a finding is the process really using more than 3 GB (-rss_limit_mb), or an allocation
# above what the machine's allocator would grant (ASan then returns null, as glibc would). The
# fuzzer itself with libtorch loaded holds about 0.8 GB under ASan, and the loaders accept arrays
# of up to 2^28 values (1 GiB): 2 GB was below what a file within our own limits may cost (a
# 7 kB model file took 2.4 GB at its peak, in CI, in session 5). A
# large request that is never used is not one: libhdf5 asks for gigabytes on some damaged
# headers and gives up cleanly, so the per-malloc limit is set out of the way.
file(REMOVE_RECURSE ${CORPUS})
file(MAKE_DIRECTORY ${CORPUS})
get_filename_component(name ${FUZZER} NAME)
set(log ${CMAKE_CURRENT_BINARY_DIR}/${name}.log)
set(ENV{ASAN_OPTIONS} "$ENV{ASAN_OPTIONS}:allocator_may_return_null=1")
execute_process(
  COMMAND ${FUZZER} -seed=${SEED} -runs=${RUNS} -max_total_time=${SECONDS} -rss_limit_mb=3072 -malloc_limit_mb=1048576 -timeout=30
          -print_final_stats=1 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/${name}- ${CORPUS} ${SEEDS}
  OUTPUT_FILE ${log} ERROR_FILE ${log}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  # The end of the log, without the decoders' own warnings (libpng, libjpeg) that fill most of it.
  execute_process(COMMAND grep -v -E "^(libpng|Corrupt JPEG|Premature end|Invalid|Bogus|Unsupported|Huffman)" ${log}
                  COMMAND tail -n 80)
  message(FATAL_ERROR "${name} found a problem (exit ${result}). The input that caused it is the "
                      "${name}-crash-*, -leak-*, -oom-* or -timeout-* file in ${CMAKE_CURRENT_BINARY_DIR}; "
                      "the whole log is ${log}")
endif()
execute_process(COMMAND grep -E "^(stat::|Done )" ${log})
