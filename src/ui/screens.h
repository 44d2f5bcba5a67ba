// The screens. Each draws one screen from the app's state and appends the intents the learner
// expressed this frame; none changes state itself.
#pragma once
#include "app.h"
#include "imgui.h"

namespace srm::ui {

void DrawHomeScreen(const App& app, Intents& out);
void DrawExploreScreen(const App& app, Intents& out);   // dispatches to the three views below
void DrawDiagramView(const App& app, Intents& out);
void DrawCompareView(const App& app, Intents& out);
void DrawMatrixView(const App& app, Intents& out);
void DrawLessonsScreen(const App& app, Intents& out);
void DrawLessonScreen(const App& app, Intents& out);
void DrawResourcesScreen(const App& app, Intents& out);
void DrawQuizzesScreen(const App& app, Intents& out);
void DrawQuizScreen(const App& app, Intents& out);
void DrawProgressScreen(const App& app, Intents& out);
void DrawWorkshopScreen(const App& app, Intents& out);   // facilitator set-up, join details, team mode
void DrawJoinScreen(const App& app, Intents& out);       // participant: nickname, then the room's quiz
void DrawPresentScreen(const App& app, Intents& out);
void DrawRoomSummaryScreen(const App& app, Intents& out);
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
