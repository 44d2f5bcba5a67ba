// Several ImGui passes per presented frame (see frame_passes.h).
#include "frame_passes.h"
#include "app.h"
#include "imgui_internal.h"

namespace srm::ui {

bool NeedsAnotherPass(const App& app) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return app.Unsettled() || g.InputEventsQueue.Size > 0 || g.NavMoveSubmitted || g.NavInitRequest ||
           g.NavNextActivateId != 0;
}

int RunPasses(App& app, float delta_time, const std::function<void()>& before_pass, int max_passes) {
    ImGuiIO& io = ImGui::GetIO();
    for (int pass = 1;; ++pass) {
        if (before_pass) before_pass();
        io.DeltaTime = pass == 1 ? delta_time : kExtraPassSeconds;
        ImGui::NewFrame();
        app.Frame();
        if (pass >= max_passes || !NeedsAnotherPass(app)) {
            ImGui::Render();
            return pass;
        }
        ImGui::EndFrame();
    }
}

} // namespace srm::ui
