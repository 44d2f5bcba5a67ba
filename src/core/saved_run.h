// A quiz run in progress, saved after every answer so that a reload resumes where the learner
// left off. The run is rebuilt by replaying the answers into a new session with the same seed and
// settings, which gives back the same questions in the same order.
#pragma once
#include "problem.h"
#include "quiz_session.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

struct SavedRun {
    std::string quiz_id;
    SessionConfig config;
    std::vector<Response> answers; // in the order asked; the next question is answers.size()
    // The question of each answer when they are not simply the first answers.size() ones (an exam
    // answered out of order from the navigator); empty otherwise, as in runs saved before it.
    std::vector<size_t> positions;
    std::vector<size_t> flags;  // the questions flagged for review (exam)
    std::string room, nickname; // a workshop participant's room code and nickname, else empty
    bool finished = false;      // a participant's finished run, kept so the results code survives a reload
};

// Bounds on saved data read back: the longest run the app writes is a few kilobytes.
constexpr size_t kMaxSavedRunBytes = 256 * 1024;
constexpr size_t kMaxSavedListSize = 1000; // answers, concepts, tags, chosen questions

std::string saved_run_to_json(const SavedRun& run);
// False, with a reason, when the text is not a run this build can resume.
bool saved_run_from_json(std::string_view text, SavedRun& out, Problem& problem);

} // namespace srm
