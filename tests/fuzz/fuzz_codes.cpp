// Fuzz target: any bytes as what a workshop participant or facilitator types or pastes: a room
// code, a results code, a certificate code, and a whole pasted room summary (where certificate
// codes are checked too) for the all-types fixture quiz.
#include "certificate.h"
#include "results_code.h"
#include "room.h"
#include "room_summary.h"
#include "../core/fixtures.h"
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const srm::ContentCatalog catalog = fixtures::all_types_catalog();
    std::string text(reinterpret_cast<const char*>(data), size);
    srm::Problem problem;
    srm::Room room;
    (void)srm::parse_room_code(text, catalog.quizzes(), room, problem);
    srm::WorkshopResult result;
    (void)srm::parse_results_code(text, result, problem);
    srm::Certificate certificate;
    if (srm::parse_certificate_code(text, certificate, problem)) (void)srm::certificate_code(certificate);
    srm::Room fixed{"all-types", 321, 0, 0};
    srm::RoomSummary summary = srm::summarise_room(catalog.quizzes()[0], fixed, text);
    (void)srm::room_summary_csv(summary);
    return 0;
}
