// MOTIVO: conversion from [^ ]*int[^ ]* to non-scalar type
// A bare number is not a weight: the unit must be said (Peso::interi(6)).
#include <perfpa/values.hpp>

int main() {
    const perfpa::Peso p = 6;
    (void)p;
}
