// Benchmark reference: Dear ImGui's own demo window (imgui_demo.cpp) on the html5 API and WebGL2,
// built with the same Emscripten as the app, for `make bench` to compare first draws against.
// Like Dear ImGui's examples it renders every animation frame. Not part of the site or the tests.
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

static const char* const kCanvas = "#canvas";

// The canvas's backbuffer follows its CSS size times the device pixel ratio.
static void SyncCanvasSize() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    double ratio = emscripten_get_device_pixel_ratio();
    int w = int(css_w * ratio), h = int(css_h * ratio);
    emscripten_set_canvas_element_size(kCanvas, w, h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(w), float(h));
}

static EM_BOOL OnMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(float(e->targetX), float(e->targetY));
    if (e->button < 3 && type == EMSCRIPTEN_EVENT_MOUSEDOWN) io.AddMouseButtonEvent(e->button, true);
    if (e->button < 3 && type == EMSCRIPTEN_EVENT_MOUSEUP) io.AddMouseButtonEvent(e->button, false);
    return EM_TRUE;
}

static EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    ImGui::GetIO().AddMouseWheelEvent(float(-e->deltaX / 100.0), float(-e->deltaY / 100.0));
    return EM_TRUE;
}

static void Frame() {
    SyncCanvasSize();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::ShowDemoWindow();
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (gl <= 0) return 1;
    emscripten_webgl_make_context_current(gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mouseup_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_TRUE, OnMouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_TRUE, OnWheel);
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}
