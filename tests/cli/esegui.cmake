# Runs the perfpa CLI once and checks its exit code and output.
#   cmake -DPERFPA=<exe> -DARGOMENTI="check|--json|file" -DUSCITA=1
#         [-DINGRESSO=file] [-DOUT="text|text"] [-DERR="text|text"] [-DNO_OUT="text|text"]
#         [-DIN_ORDINE="text|text"] -P esegui.cmake
# (an empty OUT/ERR/NO_OUT/IN_ORDINE checks nothing; INGRESSO, when given, is standard input;
# SCRIPT, when given, is a shell script run instead, with PERFPA, DATI and LEVERANO in its environment).
# OUT/ERR list literal texts (separated by |) that must appear in stdout/stderr;
# NO_OUT lists texts that must not appear in stdout; IN_ORDINE, texts that
# must appear in stdout in this order, each after the end of the one before.
cmake_minimum_required(VERSION 3.21) # policies: quoted if() arguments are not dereferenced
string(REPLACE "|" ";" argomenti "${ARGOMENTI}")
if(NOT "${SCRIPT}" STREQUAL "")
  set(ENV{PERFPA} "${PERFPA}")
  set(ENV{DATI} "${DATI}")
  set(ENV{LEVERANO} "${LEVERANO}")
  execute_process(COMMAND sh "${SCRIPT}" RESULT_VARIABLE uscita OUTPUT_VARIABLE out ERROR_VARIABLE err)
elseif("${INGRESSO}" STREQUAL "")
  execute_process(COMMAND ${PERFPA} ${argomenti}
                  RESULT_VARIABLE uscita OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
  execute_process(COMMAND ${PERFPA} ${argomenti} INPUT_FILE ${INGRESSO}
                  RESULT_VARIABLE uscita OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
set(fallito "")
if(NOT "${uscita}" STREQUAL "${USCITA}")
  string(APPEND fallito "uscita ${uscita}, attesa ${USCITA}\n")
endif()
# The texts are split by hand, not as CMake lists: JSON's '[' would confuse list splitting.
foreach(flusso OUT ERR NO_OUT IN_ORDINE)
  if("${${flusso}}" STREQUAL "")
    continue()
  endif()
  set(resto "${${flusso}}")
  set(cursore 0) # IN_ORDINE: where the next text may start in stdout
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
    elseif(flusso STREQUAL "IN_ORDINE")
      string(SUBSTRING "${out}" ${cursore} -1 coda)
      string(FIND "${coda}" "${t}" pos)
      if(NOT pos EQUAL -1)
        string(LENGTH "${t}" lunghezza)
        math(EXPR cursore "${cursore} + ${pos} + ${lunghezza}")
      endif()
    else()
      string(FIND "${out}" "${t}" pos)
    endif()
    if(flusso STREQUAL "NO_OUT" AND NOT pos EQUAL -1)
      string(APPEND fallito "stdout contiene, e non dovrebbe: ${t}\n")
    elseif(flusso STREQUAL "IN_ORDINE" AND pos EQUAL -1)
      string(APPEND fallito "stdout non contiene, dopo i testi precedenti: ${t}\n")
    elseif(NOT flusso STREQUAL "NO_OUT" AND pos EQUAL -1)
      string(APPEND fallito "${flusso} non contiene: ${t}\n")
    endif()
  endwhile()
endforeach()
if(fallito)
  message(FATAL_ERROR "${fallito}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
