// What the app holds for workshops: the room being run or joined, the presenter's place and
// timer, the facilitator's pasted results codes and their summary, and team mode's teams.
// The App owns one; screens read it, and only App::ApplyWorkshop() changes it.
#pragma once
#include "results_code.h"
#include "room.h"
#include "room_summary.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace srm::ui {

// The presenter's timer for the question on screen. Speed is never scored: the timer only tells
// the room how long is left, and the facilitator decides when to move on.
struct PresenterTimer {
    bool enabled = false;
    bool running = false;
    double left = 0;       // seconds left when last paused or set
    double started_at = 0; // clock when last started
    double remaining(double now) const { return running ? left - (now - started_at) : left; }
    // Stopped, with the room's time per question (a minute when the room has none).
    void reset(int room_seconds) {
        running = false;
        left = room_seconds > 0 ? room_seconds : 60;
    }
};

struct WorkshopState {
    // The room: chosen by the facilitator, or opened from a join link or a typed code.
    bool has_room = false;
    Room room;
    std::string code;               // room_code(room)
    std::string join_draft;         // a room code being typed on the home screen
    std::optional<Problem> problem; // why the last code or nickname was refused

    // Participant: the nickname, and whether the quiz run in progress is this room's.
    std::string nickname_draft, nickname;
    bool participant_run = false;

    // Presenter: -1 is the lobby (join details); size() is the end page.
    std::unique_ptr<QuizSession> presented; // the room's draw, for showing its questions
    int position = -1;
    bool revealed = false, explained = false;
    PresenterTimer timer;

    // Room summary.
    std::string pasted;
    std::unique_ptr<RoomSummary> summary;
    bool show_leaderboard = false;

    // Team mode: the teams take turns on one device, a question each.
    std::vector<std::string> teams = {"", ""}; // two to six names as typed; blank ones show as "Team <n>"
    std::string team_name(size_t i) const;     // the name to show (app_workshop.cpp)
    bool team_run = false;

    // The QR code of the join link, computed by the platform.
    std::string qr_text;
    int qr_size = 0;
    std::vector<bool> qr_modules;
};

} // namespace srm::ui
