// The app's workshop intents (see intents.h and workshop_state.h): choosing a room, joining it as
// a participant, and team mode. The presenter and the room summary have their own files.
//
// [SECTION] The room
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
    if (const Quiz* q = catalog_.find_quiz(room.quiz_id))
        w.presented = std::make_unique<QuizSession>(*q, room_session_config(room), now_);
    if (w.qr_text != join_link()) requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::make_qr, join_link()));
}

bool App::OpenRoom(const std::string& code, Problem& problem) {
    Room room;
    if (!parse_room_code(code, catalog_.quizzes(), room, problem)) return false;
    if (!workshop_.has_room || room_code(room) != workshop_.code) SetRoom(room);
    return true;
}

std::string App::join_link() const { return page_address_ + "?room=" + workshop_.code; }

void App::SetQrCode(const std::string& text, int size, std::vector<bool> modules) {
    if (size <= 0 || modules.size() != size_t(size) * size_t(size)) return;
    workshop_.qr_text = text;
    workshop_.qr_size = size;
    workshop_.qr_modules = std::move(modules);
}

// The clipboard gets `text`, and a notice tells the learner so.
void App::CopyWithNotice(const std::string& text, const std::string& told) {
    ImGui::SetClipboardText(text.c_str());
    notices_.push_back(told);
}

// The room being set up, with one of its settings changed.
static Room WithQuiz(Room room, const std::string& quiz_id) {
    room.quiz_id = quiz_id;
    return room;
}
static Room WithSeed(Room room, std::uint16_t seed) {
    room.seed = seed;
    return room;
}
static Room WithCount(Room room, size_t count) {
    room.count = count;
    return room;
}
static Room WithTimer(Room room, int seconds) {
    room.timer_seconds = seconds;
    return room;
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------

void App::ApplyArea(const WorkshopIntent& intent) {
    WorkshopState& w = workshop_;
    std::visit(
        Overloaded{
            [&](const intent::OpenWorkshop&) {
                if (!w.has_room && !catalog_.quizzes().empty()) {
                    const Quiz& first = catalog_.quizzes()[0];
                    Room room;
                    room.quiz_id = first.id;
                    room.seed = std::uint16_t(quiz_.next_seed++ & 0xffff);
                    room.count = std::min(first.questions.size(), size_t(10));
                    room.timer_seconds = 0;
                    SetRoom(room);
                }
                screen_ = Screen::workshop;
            },
            [&](const intent::SetRoomQuiz& i) {
                if (catalog_.find_quiz(i.quiz_id)) SetRoom(WithQuiz(w.room, i.quiz_id));
            },
            [&](const intent::SetRoomCount& i) {
                if (i.questions >= 0 && size_t(i.questions) <= kRoomMaxQuestions)
                    SetRoom(WithCount(w.room, size_t(i.questions)));
            },
            [&](const intent::SetRoomTimer& i) { SetRoom(WithTimer(w.room, i.seconds)); },
            [&](const intent::NewRoom&) { SetRoom(WithSeed(w.room, std::uint16_t(quiz_.next_seed++ & 0xffff))); },
            [&](const intent::CopyJoinLink&) { CopyWithNotice(join_link(), T("The join link is on the clipboard.")); },
            [&](const intent::SetJoinDraft& i) { w.join_draft = i.text; },
            [&](const intent::JoinRoom& i) {
                Problem problem;
                if (OpenRoom(i.code, problem)) {
                    w.join_draft.clear();
                    screen_ = Screen::join;
                } else {
                    w.problem = problem;
                }
            },
            [&](const intent::SetNicknameDraft& i) { w.nickname_draft = i.text; },
            [&](const intent::StartRoomRun&) {
                const Quiz* q = w.has_room ? catalog_.find_quiz(w.room.quiz_id) : nullptr;
                std::string nickname;
                Problem problem;
                if (q && clean_nickname(w.nickname_draft, nickname, problem)) {
                    w.problem.reset();
                    StartQuiz(*q, room_session_config(w.room));
                    w.nickname = nickname;
                    w.participant_run = true;
                    SaveRun(); // again, now with the room and nickname
                } else if (q) {
                    w.problem = problem;
                }
            },
            [&](const intent::CopyResultsCode&) {
                if (quiz_.session && quiz_.session->finished() && w.participant_run)
                    CopyWithNotice(results_code(workshop_result(w.code, w.nickname, *quiz_.session)),
                                   T("Your results code is on the clipboard."));
            },
            [&](const intent::SetTeamName& i) {
                if (i.team >= 0 && size_t(i.team) < w.teams.size())
                    w.teams[size_t(i.team)] = i.name.substr(0, kNicknameMaxBytes);
            },
            [&](const intent::AddTeam&) {
                if (w.teams.size() < kMaxTeams) w.teams.emplace_back();
            },
            [&](const intent::RemoveTeam& i) {
                if (w.teams.size() > 2 && i.team >= 0 && size_t(i.team) < w.teams.size())
                    w.teams.erase(w.teams.begin() + i.team);
            },
            [&](const intent::StartTeamRun&) {
                if (const Quiz* q = w.has_room ? catalog_.find_quiz(w.room.quiz_id) : nullptr) {
                    StartQuiz(*q, room_session_config(w.room));
                    w.team_run = true;
                }
            },
        },
        intent);
}

std::string WorkshopState::team_name(size_t i) const {
    bool named = i < teams.size() && teams[i].find_first_not_of(' ') != std::string::npos;
    return named ? teams[i] : F("Team {1}", {std::to_string(i + 1)});
}

} // namespace srm::ui
