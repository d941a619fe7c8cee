# cmake -DSORGENTI=<perfpa source> -DLAVORO=<scratch dir> -DGENERATORE=<generator>
#       -DCOMPILATORE=<c++ compiler> -P installa_e_usa.cmake
# Configures a fresh copy of perfpa (no tests, no examples), installs it to
# a temporary prefix, then builds and runs a consumer that finds it with
# find_package(perfpa CONFIG REQUIRED) and links perfpa::perfpa.
file(REMOVE_RECURSE ${LAVORO})
set(prefisso ${LAVORO}/prefisso)

function(esegui)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " comando "${ARGN}")
    message(FATAL_ERROR "${comando}\nexited with ${rc}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()

esegui(${CMAKE_COMMAND} -S ${SORGENTI} -B ${LAVORO}/perfpa -G ${GENERATORE}
       -DCMAKE_CXX_COMPILER=${COMPILATORE} -DCMAKE_BUILD_TYPE=Release
       -DPERFPA_BUILD_TESTS=OFF -DPERFPA_BUILD_EXAMPLES=OFF -DCMAKE_INSTALL_PREFIX=${prefisso})
esegui(${CMAKE_COMMAND} --build ${LAVORO}/perfpa)
esegui(${CMAKE_COMMAND} --install ${LAVORO}/perfpa)

foreach(atteso include/perfpa/perfpa.hpp include/perfpa/json/decodifica.hpp include/perfpa/model/smvp.hpp
        share/perfpa/cmake/perfpaConfig.cmake share/perfpa/cmake/perfpaConfigVersion.cmake
        share/perfpa/cmake/perfpaTargets.cmake)
  if(NOT EXISTS ${prefisso}/${atteso})
    message(FATAL_ERROR "not installed: ${prefisso}/${atteso}")
  endif()
endforeach()

esegui(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/consumatore -B ${LAVORO}/consumatore -G ${GENERATORE}
       -DCMAKE_CXX_COMPILER=${COMPILATORE} -DCMAKE_PREFIX_PATH=${prefisso})
esegui(${CMAKE_COMMAND} --build ${LAVORO}/consumatore)
esegui(${LAVORO}/consumatore/consumatore)
