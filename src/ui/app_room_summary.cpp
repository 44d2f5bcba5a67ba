// The app's room-summary intents (see intents.h): the facilitator's pasted results codes, their
// summary, the leaderboard and the CSV export.
#include "app.h"
#include "i18n.h"

namespace srm::ui {

void App::UpdateSummary() {
    const Quiz* q = catalog_.find_quiz(workshop_.room.quiz_id);
    if (q) workshop_.summary = std::make_unique<RoomSummary>(summarise_room(*q, workshop_.room, workshop_.pasted));
}

void App::ApplyArea(const SummaryIntent& intent) {
    WorkshopState& w = workshop_;
    std::visit(Overloaded{
                   [&](const intent::OpenRoomSummary&) {
                       if (!w.has_room) return;
                       screen_ = Screen::room_summary;
                       UpdateSummary();
                   },
                   [&](const intent::SetPasted& i) {
                       w.pasted = i.text;
                       UpdateSummary();
                   },
                   [&](const intent::ToggleLeaderboard&) { w.show_leaderboard = !w.show_leaderboard; },
                   [&](const intent::DownloadCsv&) {
                       if (w.summary)
                           requests_.push_back(
                               PlatformRequest::download_file("room-" + w.code + ".csv", room_summary_csv(*w.summary)));
                   },
                   [&](const intent::CopyCsv&) {
                       if (w.summary)
                           CopyWithNotice(room_summary_csv(*w.summary),
                                          T("The room's results are on the clipboard as CSV."));
                   },
               },
               intent);
}

} // namespace srm::ui
