// The compiled part of perfpa as a static library: the CMake target perfpa::compiled.
#include <perfpa/src.hpp>
