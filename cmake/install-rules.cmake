include(CMakePackageConfigHelpers)

install(DIRECTORY include/perfpa DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS perfpa EXPORT perfpaTargets)
if(PERFPA_BUILD_COMPILED)
  install(TARGETS perfpa_compiled EXPORT perfpaTargets)
endif()

set(PERFPA_CMAKE_DIR ${CMAKE_INSTALL_DATADIR}/perfpa/cmake
    CACHE STRING "Where perfpa's CMake package files are installed")

write_basic_package_version_file(
    ${PROJECT_BINARY_DIR}/perfpaConfigVersion.cmake
    COMPATIBILITY SameMajorVersion
    ARCH_INDEPENDENT)
configure_package_config_file(
    ${PROJECT_SOURCE_DIR}/cmake/perfpaConfig.cmake.in
    ${PROJECT_BINARY_DIR}/perfpaConfig.cmake
    INSTALL_DESTINATION ${PERFPA_CMAKE_DIR})

install(FILES ${PROJECT_BINARY_DIR}/perfpaConfig.cmake ${PROJECT_BINARY_DIR}/perfpaConfigVersion.cmake
        DESTINATION ${PERFPA_CMAKE_DIR})
install(EXPORT perfpaTargets NAMESPACE perfpa:: DESTINATION ${PERFPA_CMAKE_DIR})
