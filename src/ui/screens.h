// What the screens share: the explorer's views, the join details, the chrome. Each screen's own
// draw function is declared beside its row in screen_table.cpp. Screens draw from the app's
// state and append the intents the learner expressed this frame; none changes state itself.
#pragma once
#include "app.h"
#include "imgui.h"

namespace srm::ui {

// The explore screen's three views (screen_explore.cpp draws the one chosen).
void DrawDiagramView(const App& app, Intents& out);
void DrawCompareView(const App& app, Intents& out);
void DrawMatrixView(const App& app, Intents& out);
// A room's code, join link and QR code (`module_px` CSS pixels per QR module).
void DrawJoinDetails(const App& app, Intents& out, float module_px);
// On the home screen: type a room code to join a workshop.
void DrawJoinRoomCard(const App& app, Intents& out);

// Shared pieces of screen chrome.
void DrawTopBar(const App& app, const std::string& title, Intents& out);
void DrawContentErrors(const App& app);
void DrawNotices(const App& app, Intents& out);
// The detail of the selected cell (explanation, source, date, "check again"), if one is selected.
void DrawCellDetail(const App& app, Intents& out);

} // namespace srm::ui
