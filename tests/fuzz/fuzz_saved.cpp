// Fuzz target: any bytes as saved data read back at start: the progress code (also what a learner
// pastes to import progress) and the quiz run in progress.
#include "progress.h"
#include "saved_run.h"
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    srm::Problem problem;
    srm::Progress progress;
    if (srm::progress_from_code(text, progress, problem)) (void)srm::progress_to_code(progress);
    srm::SavedRun run;
    if (srm::saved_run_from_json(text, run, problem)) (void)srm::saved_run_to_json(run);
    return 0;
}
