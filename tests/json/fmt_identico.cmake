# cmake -DPERFPA=<perfpa> -DDOCUMENTO=<file.json> -DUSCITA=<scratch file> -P fmt_identico.cmake
# Fails unless `perfpa fmt DOCUMENTO` exits 0 and prints exactly the file.
execute_process(COMMAND ${PERFPA} fmt ${DOCUMENTO}
                OUTPUT_FILE ${USCITA} ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "perfpa fmt ${DOCUMENTO} exited with ${rc}:\n${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${USCITA} ${DOCUMENTO} RESULT_VARIABLE diverso)
if(diverso)
  message(FATAL_ERROR "perfpa fmt output (${USCITA}) differs from ${DOCUMENTO}")
endif()
