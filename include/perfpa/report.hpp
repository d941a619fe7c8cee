// perfpa — umbrella header for reporting: `prepara_report(relazione, smvp)`
// gathers a DatiReport; generators (examples/report/) only format it.
// Distributed under the Boost Software License, Version 1.0.
#ifndef PERFPA_REPORT_HPP
#define PERFPA_REPORT_HPP

#include <perfpa/formato_italiano.hpp>
#include <perfpa/report/albero.hpp>
#include <perfpa/report/anni.hpp>
#include <perfpa/report/dati.hpp>
#include <perfpa/report/etichette.hpp>
#include <perfpa/report/prepara.hpp>
#include <perfpa/report/pubblicazione_premi.hpp>

#endif
