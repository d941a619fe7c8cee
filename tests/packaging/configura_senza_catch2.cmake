# cmake -DSORGENTI=<perfpa source> -DLAVORO=<scratch dir> -DGENERATORE=<generator>
#       -DCOMPILATORE=<c++ compiler> -P configura_senza_catch2.cmake
# On a machine without Catch2, perfpa with its examples but without its tests
# configures: the example that needs Catch2 (examples/test-smvp) is skipped
# with a message, and the command-line tool is still there to build.
file(REMOVE_RECURSE ${LAVORO})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SORGENTI} -B ${LAVORO} -G ${GENERATORE}
                        -DCMAKE_CXX_COMPILER=${COMPILATORE} -DPERFPA_BUILD_TESTS=OFF -DPERFPA_BUILD_EXAMPLES=ON
                        -DCMAKE_DISABLE_FIND_PACKAGE_Catch2=ON
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring without Catch2 failed (${rc}):\n${out}\n${err}")
endif()
if(NOT out MATCHES "examples/test-smvp skipped: it needs Catch2")
  message(FATAL_ERROR "no message says that examples/test-smvp was skipped:\n${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${LAVORO} --target help OUTPUT_VARIABLE bersagli)
if(NOT bersagli MATCHES "perfpa_cli" OR bersagli MATCHES "perfpa_test_smvp")
  message(FATAL_ERROR "without Catch2, expected the tool (perfpa_cli) and no perfpa_test_smvp; targets:\n${bersagli}")
endif()
message(STATUS "configured without Catch2; examples/test-smvp skipped with its message")
