// Headless frame runner (see headless_host.h).
#include "headless_host.h"
#include "theme.h"

namespace srm::headless {

HeadlessHost::HeadlessHost(ui::App& app, float width, float height) : app_(app) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    ui::UiFonts().body = io.Fonts->AddFontDefault();
    ui::UiFonts().heading = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ui::ApplyStyle(1.0f);
    app_.SetScale(1.0f);
    Frame();
}

HeadlessHost::~HeadlessHost() { ImGui::DestroyContext(context_); }

void HeadlessHost::Frame() {
    ImGui::SetCurrentContext(context_);
    // The app's text scale (text size, presenter view) enlarges the one font, as the web rebuilds it.
    float scale = app_.text_scale();
    if (scale != ImGui::GetIO().FontGlobalScale) {
        ImGui::GetIO().FontGlobalScale = scale;
        ui::ApplyStyle(scale);
        app_.SetScale(scale);
    }
    ImGui::NewFrame();
    app_.Frame();
    ImGui::Render();
}

void HeadlessHost::Frames(int count) {
    for (int i = 0; i < count; ++i) Frame();
}

void HeadlessHost::Resize(float width, float height) {
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    Frames(2);
}

const ui::SemanticNode* HeadlessHost::Node(const std::string& node_id) const { return app_.semantics().find(node_id); }

const ui::SemanticNode* HeadlessHost::Focused() const {
    for (const ui::SemanticNode& n : app_.semantics().nodes())
        if (n.state.find("focused") != std::string::npos) return &n;
    return nullptr;
}

bool HeadlessHost::Click(const std::string& node_id) {
    const ui::SemanticNode* node = Node(node_id);
    if (!node) return false;
    ImGuiIO& io = ImGui::GetIO();
    // Scroll the root window until the node is inside the display.
    for (int i = 0; i < 50 && node && (node->y < 0 || node->y + node->h > io.DisplaySize.y); ++i) {
        io.AddMousePosEvent(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f);
        io.AddMouseWheelEvent(0, node->y < 0 ? 3.0f : -3.0f);
        Frames(2);
        node = Node(node_id);
    }
    if (!node) return false;
    float x = node->x + node->w * 0.5f, y = node->y + node->h * 0.5f;
    io.AddMousePosEvent(x, y);
    Frame();
    io.AddMouseButtonEvent(0, true);
    Frame();
    io.AddMouseButtonEvent(0, false);
    Frames(3); // the release lands in the first; a new page settles its scroll in the next two
    return true;
}

bool HeadlessHost::Drag(const std::string& node_id, float from, float to) {
    const ui::SemanticNode* node = Node(node_id);
    if (!node) return false;
    ImGuiIO& io = ImGui::GetIO();
    float x = node->x + node->w * 0.5f, top = node->y, height = node->h;
    io.AddMousePosEvent(x, top + height * from);
    Frame();
    io.AddMouseButtonEvent(0, true);
    Frame();
    for (int step = 1; step <= 4; ++step) {
        io.AddMousePosEvent(x, top + height * (from + (to - from) * float(step) / 4.0f));
        Frame();
    }
    io.AddMouseButtonEvent(0, false);
    Frames(3);
    return true;
}

void HeadlessHost::PressKey(ImGuiKey key, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    Frame();
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    Frames(3);
}

void HeadlessHost::TypeText(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    Frames(3);
}

} // namespace srm::headless
