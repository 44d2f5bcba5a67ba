// One presented frame may take several ImGui passes, so that the frame painted after an input
// already shows what the input did. Dear ImGui acts on a click when the button is released,
// spreads a press and a release that arrive together over two frames (its input queue trickles
// them), resolves keyboard focus and activation a frame after they are asked for, and the app
// applies a frame's intents after drawing it. Each of these alone would draw the result one
// frame late; RunPasses runs ImGui frames until none is left to resolve, and only the last pass
// is drawn. The web frame loop and the headless host both present frames through it.
#pragma once
#include <functional>

namespace srm::ui {

class App;

// At most this many ImGui frames per presented frame (a touch tap needs four: move, press,
// release, result; a new page one more to settle its scroll).
constexpr int kMaxPasses = 6;
// The time an extra pass advances the UI clock, seconds (animations hardly move within one frame).
constexpr float kExtraPassSeconds = 0.001f;

// Runs ImGui frames of the app, the first advancing `delta_time` seconds, until the last one
// leaves nothing for a next one to resolve, or `max_passes`. `before_pass` runs before each
// ImGui::NewFrame() (may be empty). The last pass ends with ImGui::Render(), so
// ImGui::GetDrawData() holds what to draw; the others end with ImGui::EndFrame(). Returns the
// number of passes.
int RunPasses(App& app, float delta_time, const std::function<void()>& before_pass, int max_passes = kMaxPasses);

// True when the frame just built leaves something that the next frame would draw differently
// without new input: queued input events, a focus or activation in flight, or a state change.
bool NeedsAnotherPass(const App& app);

} // namespace srm::ui
