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
    void Resize(float width, float height);

    // Moves the mouse onto the node's centre and clicks it (scrolling it into view first);
    // returns false when no such node is on screen.
    bool Click(const std::string& node_id);
    // Presses the mouse inside the node at `from` and releases it at `to` after moving there in a
    // few steps; both are fractions of the node's height, at its horizontal centre.
    bool Drag(const std::string& node_id, float from, float to);
    void PressKey(ImGuiKey key, bool shift = false);
    // Types text as characters in one frame, as a keyboard would (typing into a list selects).
    void TypeText(const std::string& text);
    const ui::SemanticNode* Node(const std::string& node_id) const;
    // The node whose state includes "focused", or nullptr.
    const ui::SemanticNode* Focused() const;

private:
    ui::App& app_;
    ImGuiContext* context_ = nullptr;
};

} // namespace srm::headless
