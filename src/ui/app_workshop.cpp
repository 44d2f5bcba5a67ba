// The app's workshop intents (see app.h and workshop_state.h): choosing a room, joining it,
// presenting it, summing up its results codes, and team mode.
//
// [SECTION] The room
// [SECTION] Presenter
// [SECTION] Intents
#include "app.h"
#include "i18n.h"
#include "imgui.h"
#include <algorithm>

namespace srm::ui {

constexpr size_t kMaxTeams = 6;

//-----------------------------------------------------------------------------
// [SECTION] The room
//-----------------------------------------------------------------------------

void App::SetRoom(const Room& room) {
    WorkshopState& w = workshop_;
    w.has_room = true;
    w.room = room;
    w.code = room_code(room);
    w.problem.reset();
    w.summary.reset();
    w.position = -1;
    if (const Quiz* q = catalog_.find_quiz(room.quiz_id)) w.presented = std::make_unique<QuizSession>(*q, room_session_config(room), now_);
    if (w.qr_text != join_link()) requests_.push_back({PlatformRequest::Kind::make_qr, join_link()});
}

bool App::OpenRoom(const std::string& code, Problem& problem) {
    Room room;
    if (!parse_room_code(code, catalog_.quizzes(), room, problem)) return false;
    if (!workshop_.has_room || room_code(room) != workshop_.code) SetRoom(room);
    return true;
}

std::string App::join_link() const {
    return page_address_ + "?room=" + workshop_.code;
}

void App::SetQrCode(const std::string& text, int size, std::vector<bool> modules) {
    if (size <= 0 || modules.size() != size_t(size) * size_t(size)) return;
    workshop_.qr_text = text;
    workshop_.qr_size = size;
    workshop_.qr_modules = std::move(modules);
}

void App::UpdateSummary() {
    const Quiz* q = catalog_.find_quiz(workshop_.room.quiz_id);
    if (q) workshop_.summary = std::make_unique<RoomSummary>(summarise_room(*q, workshop_.room, workshop_.pasted));
}

//-----------------------------------------------------------------------------
// [SECTION] Presenter
//-----------------------------------------------------------------------------

// Moves the presenter to a question (-1 the lobby, size() the end), hiding the answer again and
// setting the timer back to the room's time.
void App::PresentAt(int position) {
    WorkshopState& w = workshop_;
    int last = w.presented ? int(w.presented->size()) : 0;
    w.position = std::clamp(position, -1, last);
    w.revealed = w.explained = false;
    w.timer.reset(w.room.timer_seconds);
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::ApplyWorkshop(const Intent& intent) {
    WorkshopState& w = workshop_;
    auto copy = [&](const std::string& text, const std::string& told) {
        ImGui::SetClipboardText(text.c_str());
        notices_.push_back(told);
    };
    switch (intent.kind) {
    case Intent::Kind::open_workshop:
        if (!w.has_room && !catalog_.quizzes().empty()) {
            const Quiz& first = catalog_.quizzes()[0];
            SetRoom({first.id, std::uint16_t(next_seed_++ & 0xffff), std::min(first.questions.size(), size_t(10)), 0});
        }
        screen_ = Screen::workshop;
        break;
    case Intent::Kind::set_room_quiz:
        if (catalog_.find_quiz(intent.id)) SetRoom({intent.id, w.room.seed, w.room.count, w.room.timer_seconds});
        break;
    case Intent::Kind::set_room_count:
        if (intent.index >= 0 && size_t(intent.index) <= kRoomMaxQuestions)
            SetRoom({w.room.quiz_id, w.room.seed, size_t(intent.index), w.room.timer_seconds});
        break;
    case Intent::Kind::set_room_timer:
        SetRoom({w.room.quiz_id, w.room.seed, w.room.count, intent.index});
        break;
    case Intent::Kind::new_room:
        SetRoom({w.room.quiz_id, std::uint16_t(next_seed_++ & 0xffff), w.room.count, w.room.timer_seconds});
        break;
    case Intent::Kind::copy_join_link:
        copy(join_link(), T("The join link is on the clipboard."));
        break;
    case Intent::Kind::set_join_draft:
        w.join_draft = intent.id;
        break;
    case Intent::Kind::join_room: {
        Problem problem;
        if (OpenRoom(intent.id, problem)) {
            w.join_draft.clear();
            screen_ = Screen::join;
        } else {
            w.problem = problem;
        }
        break;
    }
    case Intent::Kind::set_nickname_draft:
        w.nickname_draft = intent.id;
        break;
    case Intent::Kind::start_room_run: {
        const Quiz* q = w.has_room ? catalog_.find_quiz(w.room.quiz_id) : nullptr;
        std::string nickname;
        Problem problem;
        if (q && clean_nickname(w.nickname_draft, nickname, problem)) {
            w.problem.reset();
            StartQuiz(*q, room_session_config(w.room));
            w.nickname = nickname;
            w.participant_run = true;
            SaveRun();   // again, now with the room and nickname
        } else if (q) {
            w.problem = problem;
        }
        break;
    }
    case Intent::Kind::copy_results_code:
        if (session_ && session_->finished() && w.participant_run)
            copy(results_code(workshop_result(w.code, w.nickname, *session_)), T("Your results code is on the clipboard."));
        break;
    case Intent::Kind::open_present:
        if (w.has_room) {
            screen_ = Screen::present;
            w.timer.enabled = w.room.timer_seconds > 0;
            PresentAt(-1);
        }
        break;
    case Intent::Kind::present_go:
        PresentAt(intent.value == 0 ? intent.index : w.position + intent.value);
        break;
    case Intent::Kind::present_reveal:
        w.revealed = !w.revealed;
        break;
    case Intent::Kind::present_explain:
        w.explained = !w.explained;
        break;
    case Intent::Kind::timer_toggle:
        if (w.timer.running) {
            w.timer.left = w.timer.remaining(now_);
            w.timer.running = false;
        } else if (w.timer.enabled) {
            w.timer.started_at = now_;
            w.timer.running = true;
        }
        break;
    case Intent::Kind::timer_extend:
        w.timer.left += 30;
        break;
    case Intent::Kind::timer_reset:
        w.timer.reset(w.room.timer_seconds);
        break;
    case Intent::Kind::timer_enable:
        w.timer.enabled = intent.value != 0;
        if (!w.timer.enabled) w.timer.running = false;
        break;
    case Intent::Kind::open_room_summary:
        if (w.has_room) {
            screen_ = Screen::room_summary;
            UpdateSummary();
        }
        break;
    case Intent::Kind::set_pasted:
        w.pasted = intent.id;
        UpdateSummary();
        break;
    case Intent::Kind::toggle_leaderboard:
        w.show_leaderboard = !w.show_leaderboard;
        break;
    case Intent::Kind::download_csv:
        if (w.summary)
            requests_.push_back({PlatformRequest::Kind::download, room_summary_csv(*w.summary), {}, "room-" + w.code + ".csv"});
        break;
    case Intent::Kind::copy_csv:
        if (w.summary) copy(room_summary_csv(*w.summary), T("The room's results are on the clipboard as CSV."));
        break;
    case Intent::Kind::set_team_name:
        if (intent.index >= 0 && size_t(intent.index) < w.teams.size()) w.teams[size_t(intent.index)] = intent.id.substr(0, kNicknameMaxBytes);
        break;
    case Intent::Kind::add_team:
        if (w.teams.size() < kMaxTeams) w.teams.emplace_back();
        break;
    case Intent::Kind::remove_team:
        if (w.teams.size() > 2 && intent.index >= 0 && size_t(intent.index) < w.teams.size())
            w.teams.erase(w.teams.begin() + intent.index);
        break;
    case Intent::Kind::start_team_run:
        if (const Quiz* q = w.has_room ? catalog_.find_quiz(w.room.quiz_id) : nullptr) {
            StartQuiz(*q, room_session_config(w.room));
            w.team_run = true;
        }
        break;
    default:   // not a workshop intent (App::Apply routes only workshop intents here)
        break;
    }
}

std::string WorkshopState::team_name(size_t i) const {
    bool named = i < teams.size() && teams[i].find_first_not_of(' ') != std::string::npos;
    return named ? teams[i] : F("Team {1}", {std::to_string(i + 1)});
}

} // namespace srm::ui
