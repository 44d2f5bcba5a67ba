// The app's presenter intents (see intents.h): moving through the room's questions, revealing
// the answer and the explanation, and the presenter's timer.
#include "app.h"
#include <algorithm>

namespace srm::ui {

// Moves the presenter to a question (-1 the lobby, size() the end), hiding the answer again and
// setting the timer back to the room's time.
void App::PresentAt(int position) {
    WorkshopState& w = workshop_;
    int last = w.presented ? int(w.presented->size()) : 0;
    w.position = std::clamp(position, -1, last);
    w.revealed = w.explained = false;
    w.timer.reset(w.room.timer_seconds);
}

void App::ApplyArea(const PresenterIntent& intent) {
    WorkshopState& w = workshop_;
    PresenterTimer& timer = w.timer;
    std::visit(Overloaded{
                   [&](const intent::OpenPresent&) {
                       if (!w.has_room) return;
                       screen_ = Screen::present;
                       timer.enabled = w.room.timer_seconds > 0;
                       PresentAt(-1);
                   },
                   [&](const intent::PresentGo& i) { PresentAt(i.step == 0 ? i.position : w.position + i.step); },
                   [&](const intent::PresentReveal&) { w.revealed = !w.revealed; },
                   [&](const intent::PresentExplain&) { w.explained = !w.explained; },
                   [&](const intent::TimerToggle&) {
                       if (timer.running) {
                           timer.left = timer.remaining(now_);
                           timer.running = false;
                       } else if (timer.enabled) {
                           timer.started_at = now_;
                           timer.running = true;
                       }
                   },
                   [&](const intent::TimerExtend&) { timer.left += 30; },
                   [&](const intent::TimerReset&) { timer.reset(w.room.timer_seconds); },
                   [&](const intent::TimerEnable& i) {
                       timer.enabled = i.on;
                       if (!timer.enabled) timer.running = false;
                   },
               },
               intent);
}

} // namespace srm::ui
