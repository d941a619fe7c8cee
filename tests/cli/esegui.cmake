# Runs the perfpa CLI once and checks its exit code and output.
#   cmake -DPERFPA=<exe> -DARGOMENTI="check|--json|file" -DUSCITA=1
#         [-DOUT="text|text"] [-DERR="text|text"] [-DNO_OUT="text|text"] -P esegui.cmake
# (an empty OUT/ERR/NO_OUT checks nothing).
# OUT/ERR list literal texts (separated by |) that must appear in stdout/stderr;
# NO_OUT lists texts that must not appear in stdout.
cmake_minimum_required(VERSION 3.21) # policies: quoted if() arguments are not dereferenced
string(REPLACE "|" ";" argomenti "${ARGOMENTI}")
execute_process(COMMAND ${PERFPA} ${argomenti}
                RESULT_VARIABLE uscita OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(fallito "")
if(NOT "${uscita}" STREQUAL "${USCITA}")
  string(APPEND fallito "uscita ${uscita}, attesa ${USCITA}\n")
endif()
# The texts are split by hand, not as CMake lists: JSON's '[' would confuse list splitting.
foreach(flusso OUT ERR NO_OUT)
  if("${${flusso}}" STREQUAL "")
    continue()
  endif()
  set(resto "${${flusso}}")
  while(NOT resto STREQUAL "")
    string(FIND "${resto}" "|" sep)
    if(sep EQUAL -1)
      set(t "${resto}")
      set(resto "")
    else()
      string(SUBSTRING "${resto}" 0 ${sep} t)
      math(EXPR dopo "${sep} + 1")
      string(SUBSTRING "${resto}" ${dopo} -1 resto)
    endif()
    if(flusso STREQUAL "ERR")
      string(FIND "${err}" "${t}" pos)
    else()
      string(FIND "${out}" "${t}" pos)
    endif()
    if(flusso STREQUAL "NO_OUT" AND NOT pos EQUAL -1)
      string(APPEND fallito "stdout contiene, e non dovrebbe: ${t}\n")
    elseif(NOT flusso STREQUAL "NO_OUT" AND pos EQUAL -1)
      string(APPEND fallito "${flusso} non contiene: ${t}\n")
    endif()
  endwhile()
endforeach()
if(fallito)
  message(FATAL_ERROR "${fallito}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
