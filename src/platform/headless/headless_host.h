// Headless platform: runs the app's frames on Dear ImGui with no renderer, for UI tests and tools.
// Input is injected as ImGui events, press and release in separate frames like a real user, and
// widgets are found through the semantics layer, the same way the browser tests find them.
#pragma once
#include "app.h"
#include "imgui.h"
#include <string>

namespace srm::headless {

class HeadlessHost {
public:
    explicit HeadlessHost(ui::App& app, float width = 1024, float height = 768);
    ~HeadlessHost();
    HeadlessHost(const HeadlessHost&) = delete;
    HeadlessHost& operator=(const HeadlessHost&) = delete;

    void Frame();
    void Frames(int count);
    // One presented frame as the web frame loop makes it: as many ImGui passes as the queued
    // input and the app's changes need (frame_passes.h). Returns the number of passes.
    int Present();
    int presented() const { return presented_; } // frames presented so far
    void Resize(float width, float height);

    // Moves the mouse onto the node's centre and clicks it (scrolling it into view first);
    // returns false when no such node is on screen.
    bool Click(const std::string& node_id);
    // Presses the mouse inside the node at `from` and releases it at `to` after moving there in a
    // few steps; both are fractions of the node's height, at its horizontal centre.
    bool Drag(const std::string& node_id, float from, float to);
    // Queues a move onto the node's centre, a press and a release, as a quick click or a tap
    // delivers them between two frames; draws nothing. False when no such node is on screen.
    bool QueueClick(const std::string& node_id);
    void PressKey(ImGuiKey key, bool shift = false);
    // Types text as characters in one frame, as a keyboard would (typing into a list selects).
    void TypeText(const std::string& text);
    const ui::SemanticNode* Node(const std::string& node_id) const;
    // The node whose state includes "focused", or nullptr.
    const ui::SemanticNode* Focused() const;

private:
    ui::App& app_;
    ImGuiContext* context_ = nullptr;
    int presented_ = 0;
    void MatchTextScale(); // the app's text scale enlarges the one font, as the web rebuilds it
};

// Takes the app's requests and returns the last run it asked to save, as the web platform would
// store it ("" when it asked for none).
inline std::string TakeSavedRun(ui::App& app) {
    std::string saved;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::save_run) saved = r.payload;
    return saved;
}

} // namespace srm::headless
