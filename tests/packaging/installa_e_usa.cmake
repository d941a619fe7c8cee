# cmake -DSORGENTI=<perfpa source> -DLAVORO=<scratch dir> -DGENERATORE=<generator>
#       -DCOMPILATORE=<c++ compiler> [-DSOLO_INTESTAZIONI=ON] [-DCOMPILATO=ON] -P installa_e_usa.cmake
# The library-only route of docs/install.md: configures a fresh copy of perfpa
# with no tests, no examples and Catch2 hidden (as on a machine without it),
# installs it to a temporary prefix straight away (nothing is built: there is
# nothing to build), then builds and runs a consumer that finds it with
# find_package(perfpa CONFIG REQUIRED) and links perfpa::perfpa.
# With SOLO_INTESTAZIONI, perfpa is configured with PERFPA_BOOST_JSON_HEADER_ONLY,
# the consumer compiles <boost/json/src.hpp> in one file, and its program must
# not depend on libboost_json at run time.
# With COMPILATO, perfpa is configured with PERFPA_BUILD_COMPILED, built (the
# compiled part, one static library) and installed, and the consumer links
# perfpa::compiled and calls the pipeline through <perfpa/compilato.hpp> and
# through a perfpa::Pratica (<perfpa/pratica.hpp>).
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

set(modo -DPERFPA_BOOST_JSON_HEADER_ONLY=OFF)
if(SOLO_INTESTAZIONI)
  set(modo -DPERFPA_BOOST_JSON_HEADER_ONLY=ON)
endif()
set(tipo Release)
if(COMPILATO)
  # Debug: the compiled part builds in a third of the time of -O3, and what is tested is the packaging.
  list(APPEND modo -DPERFPA_BUILD_COMPILED=ON)
  set(tipo Debug)
endif()
esegui(${CMAKE_COMMAND} -S ${SORGENTI} -B ${LAVORO}/perfpa -G ${GENERATORE}
       -DCMAKE_CXX_COMPILER=${COMPILATORE} -DCMAKE_BUILD_TYPE=${tipo}
       -DPERFPA_BUILD_TESTS=OFF -DPERFPA_BUILD_EXAMPLES=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Catch2=ON ${modo}
       -DCMAKE_INSTALL_PREFIX=${prefisso})
if(COMPILATO)
  esegui(${CMAKE_COMMAND} --build ${LAVORO}/perfpa)
  esegui(${CMAKE_COMMAND} --install ${LAVORO}/perfpa)
  file(GLOB_RECURSE compilata ${prefisso}/*.a)
  if(NOT compilata)
    message(FATAL_ERROR "PERFPA_BUILD_COMPILED: no static library installed in ${prefisso}")
  endif()
else()
  # Straight to the install: the recipe of docs/install.md builds nothing.
  esegui(${CMAKE_COMMAND} --install ${LAVORO}/perfpa)
  file(GLOB_RECURSE oggetti ${LAVORO}/perfpa/*.o ${LAVORO}/perfpa/*.a ${LAVORO}/perfpa/*.so)
  if(oggetti)
    message(FATAL_ERROR "the library-only configure produced build outputs: ${oggetti}")
  endif()
endif()

foreach(atteso include/perfpa/perfpa.hpp include/perfpa/json/decodifica.hpp include/perfpa/model/smvp.hpp
        include/perfpa/inserimento.hpp include/perfpa/pratica.hpp
        share/perfpa/cmake/perfpaConfig.cmake share/perfpa/cmake/perfpaConfigVersion.cmake
        share/perfpa/cmake/perfpaTargets.cmake)
  if(NOT EXISTS ${prefisso}/${atteso})
    message(FATAL_ERROR "not installed: ${prefisso}/${atteso}")
  endif()
endforeach()

esegui(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/consumatore -B ${LAVORO}/consumatore -G ${GENERATORE}
       -DCMAKE_CXX_COMPILER=${COMPILATORE} -DCMAKE_PREFIX_PATH=${prefisso}
       -DCONSUMATORE_BOOST_JSON_SRC=${SOLO_INTESTAZIONI} -DCONSUMATORE_COMPILATO=${COMPILATO})
esegui(${CMAKE_COMMAND} --build ${LAVORO}/consumatore)
esegui(${LAVORO}/consumatore/consumatore)

file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${LAVORO}/consumatore/consumatore
     RESOLVED_DEPENDENCIES_VAR risolte UNRESOLVED_DEPENDENCIES_VAR irrisolte)
set(con_boost_json FALSE)
foreach(libreria ${risolte} ${irrisolte})
  if(libreria MATCHES "libboost_json")
    set(con_boost_json TRUE)
  endif()
endforeach()
if(SOLO_INTESTAZIONI AND con_boost_json)
  message(FATAL_ERROR "PERFPA_BOOST_JSON_HEADER_ONLY: the consumer still needs libboost_json: ${risolte}")
elseif(NOT SOLO_INTESTAZIONI AND NOT con_boost_json)
  message(FATAL_ERROR "the consumer does not link libboost_json, as docs/install.md says it does: ${risolte}")
endif()

if(COMPILATO)
  esegui(${LAVORO}/consumatore/consumatore_compilato)
  esegui(${LAVORO}/consumatore/consumatore_pratica)
endif()
