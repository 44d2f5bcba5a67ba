// The screens. Each draws one screen from the app's state and appends the intents the learner
// expressed this frame; none changes state itself.
#pragma once
#include "app.h"

namespace srm::ui {

using Intents = std::vector<Intent>;

void DrawHomeScreen(const App& app, Intents& out);
void DrawModelScreen(const App& app, Intents& out);
void DrawQuizScreen(const App& app, Intents& out);

// Shared pieces of screen chrome.
void DrawTopBar(const App& app, const char* title, Intents& out);
void DrawContentErrors(const App& app);

} // namespace srm::ui
