// DOM input to ImGui events, through Emscripten's html5 API (no GLFW emulation).
// Mouse and touch positions arrive in CSS pixels and are scaled to the backbuffer's device
// pixels. A tap acts on the first touch; a vertical drag scrolls, unless it starts on a slider,
// which it drags. Every event wakes the loop.
//
// [SECTION] Keyboard
// [SECTION] Mouse and wheel
// [SECTION] Touch
// [SECTION] Focus, visibility and installation
#include "web_platform.h"
#include "imgui.h"
#include <emscripten/html5.h>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace srm::web {

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------

ImGuiKey KeyFromName(const char* key) {
    struct Named {
        const char* key;
        ImGuiKey imgui;
    };
    static const Named named[] = {
        {"Tab", ImGuiKey_Tab},
        {"Enter", ImGuiKey_Enter},
        {"Escape", ImGuiKey_Escape},
        {"Backspace", ImGuiKey_Backspace},
        {"Delete", ImGuiKey_Delete},
        {" ", ImGuiKey_Space},
        {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow},
        {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
        {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown},
        {"Insert", ImGuiKey_Insert},
        {"Shift", ImGuiKey_LeftShift},
        {"Control", ImGuiKey_LeftCtrl},
        {"Alt", ImGuiKey_LeftAlt},
        {"Meta", ImGuiKey_LeftSuper},
    };
    for (const Named& n : named)
        if (std::strcmp(key, n.key) == 0) return n.imgui;
    return ImGuiKey_None;
}

static ImGuiKey KeyFromDom(const EmscriptenKeyboardEvent& e) {
    if (ImGuiKey named = KeyFromName(e.key); named != ImGuiKey_None) return named;
    // Letters and digits by physical key, for shortcuts such as Ctrl+A.
    if (std::strncmp(e.code, "Key", 3) == 0 && e.code[3] >= 'A' && e.code[3] <= 'Z' && !e.code[4])
        return ImGuiKey(ImGuiKey_A + (e.code[3] - 'A'));
    if (std::strncmp(e.code, "Digit", 5) == 0 && e.code[5] >= '0' && e.code[5] <= '9' && !e.code[6])
        return ImGuiKey(ImGuiKey_0 + (e.code[5] - '0'));
    return ImGuiKey_None;
}

static void UpdateModifiers(ImGuiIO& io, const EmscriptenKeyboardEvent& e) {
    io.AddKeyEvent(ImGuiMod_Ctrl, e.ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e.shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e.altKey);
    io.AddKeyEvent(ImGuiMod_Super, e.metaKey);
}

// Returns true (prevent the browser's default) only for keys the app consumes, so browser
// shortcuts (reload, zoom, devtools) and the paste event keep working.
static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    NoteInput();
    Wake();
    UpdateModifiers(io, *e);
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    ImGuiKey key = KeyFromDom(*e);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    bool shortcut = e->ctrlKey || e->metaKey;
    if (down && !shortcut && !e->altKey) {
        // A printable character: `key` holds exactly one UTF-8 encoded code point.
        size_t len = std::strlen(e->key);
        unsigned char lead = (unsigned char)e->key[0];
        size_t expect = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (len > 0 && len == expect) io.AddInputCharactersUTF8(e->key);
    }
    if (shortcut) return key == ImGuiKey_A || key == ImGuiKey_Z; // let C/X/V reach the clipboard events
    if (key == ImGuiKey_Tab || key == ImGuiKey_Space || key == ImGuiKey_Enter || key == ImGuiKey_Escape ||
        (key >= ImGuiKey_LeftArrow && key <= ImGuiKey_DownArrow) || key == ImGuiKey_PageUp ||
        key == ImGuiKey_PageDown || key == ImGuiKey_Home || key == ImGuiKey_End || key == ImGuiKey_Backspace)
        return EM_TRUE;
    return io.WantTextInput ? EM_TRUE : EM_FALSE;
}

//-----------------------------------------------------------------------------
// [SECTION] Mouse and wheel
//-----------------------------------------------------------------------------

static void MouseTo(ImGuiIO& io, double css_x, double css_y) {
    float r = State().pixel_ratio;
    io.AddMousePosEvent(float(css_x) * r, float(css_y) * r);
}

static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (type != EMSCRIPTEN_EVENT_MOUSELEAVE) NoteInput();
    Wake(type == EMSCRIPTEN_EVENT_MOUSEMOVE ? 700 : 0); // long enough for a tooltip to open
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        return EM_FALSE;
    }
    MouseTo(io, e->targetX, e->targetY);
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    return EM_FALSE; // the page keeps default handling (focus on click)
}

// Mouse releases outside the canvas still end a press.
static EM_BOOL OnWindowMouseUp(int, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseDown(0) && e->button == 0) {
        io.AddMouseButtonEvent(0, false);
        Wake();
    }
    return EM_FALSE;
}

static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    NoteInput();
    Wake();
    double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
    io.AddMouseWheelEvent(float(-e->deltaX * scale), float(-e->deltaY * scale));
    return EM_TRUE;
}

//-----------------------------------------------------------------------------
// [SECTION] Touch
//-----------------------------------------------------------------------------

struct TouchTrack {
    long id = -1;
    double start_x = 0, start_y = 0, last_y = 0;
    bool scrolling = false;
    bool dragging = false; // started on a slider: the finger holds the mouse button down
};
static TouchTrack g_touch;
constexpr double kTapSlopCss = 10.0;

// Whether a point (CSS pixels) lies on a slider that can be moved, as the last frame drew it.
static bool OnSlider(double css_x, double css_y) {
    const WebState& s = State();
    if (!s.app) return false;
    float x = float(css_x) * s.pixel_ratio, y = float(css_y) * s.pixel_ratio;
    for (const ui::SemanticNode& n : s.app->semantics().nodes())
        if (n.role == "slider" && n.state.find("disabled") == std::string::npos && x >= n.x && x < n.x + n.w &&
            y >= n.y && y < n.y + n.h)
            return true;
    return false;
}

static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    NoteInput();
    Wake();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && g_touch.id < 0) {
            g_touch = TouchTrack();
            g_touch.id = t.identifier;
            g_touch.start_x = double(t.targetX);
            g_touch.start_y = g_touch.last_y = double(t.targetY);
            g_touch.dragging = OnSlider(g_touch.start_x, g_touch.start_y);
            MouseTo(io, t.targetX, t.targetY); // hover first; the press is decided on release
            if (g_touch.dragging) io.AddMouseButtonEvent(0, true);
        } else if (t.identifier == g_touch.id && type == EMSCRIPTEN_EVENT_TOUCHMOVE && g_touch.dragging) {
            MouseTo(io, t.targetX, t.targetY);
        } else if (t.identifier == g_touch.id && type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
            if (std::fabs(t.targetY - g_touch.start_y) > kTapSlopCss || std::fabs(t.targetX - g_touch.start_x) > kTapSlopCss)
                g_touch.scrolling = true;
            if (g_touch.scrolling) {
                float line = ImGui::GetTextLineHeightWithSpacing() / State().pixel_ratio;
                io.AddMouseWheelEvent(0, float(t.targetY - g_touch.last_y) / (line > 0 ? line : 20.0f));
            }
            g_touch.last_y = t.targetY;
        } else if (t.identifier == g_touch.id) { // touchend / touchcancel
            if (g_touch.dragging) {
                io.AddMouseButtonEvent(0, false);
            } else if (type == EMSCRIPTEN_EVENT_TOUCHEND && !g_touch.scrolling) {
                MouseTo(io, g_touch.start_x, g_touch.start_y);
                io.AddMouseButtonEvent(0, true);  // the queue trickles press and release
                io.AddMouseButtonEvent(0, false); // into separate frames
            }
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            g_touch.id = -1;
        }
    }
    return EM_TRUE; // no emulated mouse events after a touch
}

//-----------------------------------------------------------------------------
// [SECTION] Focus, visibility and installation
//-----------------------------------------------------------------------------

static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    Wake();
    return EM_FALSE;
}

static EM_BOOL OnVisibility(int, const EmscriptenVisibilityChangeEvent*, void*) {
    Wake();
    return EM_FALSE;
}

void InstallInputCallbacks() {
    const char* canvas = "#canvas";
    emscripten_set_keydown_callback(canvas, nullptr, EM_TRUE, OnKey);
    emscripten_set_keyup_callback(canvas, nullptr, EM_TRUE, OnKey);
    emscripten_set_mousedown_callback(canvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(canvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(canvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, OnWindowMouseUp);
    emscripten_set_wheel_callback(canvas, nullptr, EM_TRUE, OnWheel);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_TRUE, OnTouch);
    emscripten_set_focus_callback(canvas, nullptr, EM_TRUE, OnFocus);
    emscripten_set_blur_callback(canvas, nullptr, EM_TRUE, OnFocus);
    emscripten_set_visibilitychange_callback(nullptr, EM_TRUE, OnVisibility);
}

} // namespace srm::web
