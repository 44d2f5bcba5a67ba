// The web platform: the only code that talks to the browser (html5 input, WebGL2, the page).
// main_web.cpp owns the frame loop with its idle gate; web_input.cpp turns DOM events into
// ImGui events; web_bridge.cpp holds every call across the JavaScript boundary.
#pragma once
#include "app.h"
#include "imgui.h"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace srm::web {

// The web app's first view (see main_web.cpp, [SECTION] The first view).
enum class FirstView {
    off,        // the whole catalog is in: the usual start, or the rest has arrived
    showing,    // the home page from the first model and the content summary; no input yet
    completing, // input came: the rest is being fetched, frames wait with the input queued
};

struct WebState {
    std::unique_ptr<ui::App> app;
    FirstView first_view = FirstView::off;
    float css_width = 0, css_height = 0; // canvas size in CSS pixels
    float pixel_ratio = 1;               // devicePixelRatio in effect for the backbuffer
    float font_scale = 0;                // pixel ratio x the app's text scale the fonts were built at
    size_t font_atlas_bytes = 0;         // the font texture on the GPU (the atlas's pixels are not kept)
    int font_glyphs = 0;                 // glyphs rasterised per font (fewer on the first view)
    bool wake = true;                    // something happened: render a few frames
    int settle_frames = 0;               // frames still to render after the last wake
    double awake_until = 0;              // ms timestamp: keep rendering until then (hover delays)
    double last_frame_time = 0;
    bool loop_running = false;        // an animation-frame callback is pending (none while idle)
    bool clock_timer = false;         // a timeout is pending to redraw a running clock
    unsigned long long ticks = 0;     // requestAnimationFrame callbacks
    unsigned long long frames = 0;    // frames actually rendered (presented)
    unsigned long long passes = 0;    // ImGui frames run; a presented frame takes one or more (frame_passes.h)
    bool after_paint_pending = false; // a timeout is set to carry out what waits until after the paint
    double frame_ms_total = 0;        // main-thread time spent inside rendered frames
    double frame_ms_last = 0;
    float reported_height = 0;  // content height last sent to a host page, CSS pixels
    std::uint64_t mirrored = 0; // hash of the semantics last given to the DOM mirror
};

WebState& State();

// Wakes the frame loop (asking for an animation frame if none is pending: while idle there is
// none at all); `hold_ms` keeps it rendering that long (for delayed UI such as tooltips).
void Wake(double hold_ms = 0);

// Every input event calls this: the first one during the first view asks for the rest of the
// content and holds frames until it is in.
void NoteInput();

void InstallInputCallbacks();
// The ImGui key of a DOM KeyboardEvent.key name ("ArrowUp", "Home", "Tab"...), or ImGuiKey_None.
ImGuiKey KeyFromName(const char* key);

// Calls into the page (implemented in web_bridge.cpp with EM_JS).
void ReleaseFocus();
void SetCursor(const char* css_cursor);
void ReportFatal(const char* message);
// Whether the backend's shader program, built without waiting (gl_deferred_link.h), really linked
// with its attributes where they were assumed; otherwise says what went wrong.
bool CheckDeferredLink(std::string& problem);
// Sends an event (JSON) to the host page, if there is one, for `origin` only ("*": any).
void PostEvent(const std::string& payload, const std::string& origin);
// Writes text to one of the page's storage slots ("progress", "run", "backup"); empty text
// removes it. False when the browser refuses (private modes, sandboxed iframes, quota).
bool Store(const char* slot, const std::string& text);
void InstallClipboard();
// Reloads the page in another language (its content translations are fetched at start).
void SwitchLanguage(const std::string& lang);
// The accessibility mirror: words for the live region, and the nodes of a changed screen.
void Announce(const std::string& text);
void SyncMirror(const std::string& nodes_json);
// Asks the page for the rest of the content; it answers through srm_begin_rest(),
// srm_add_file() and srm_complete_content().
void RequestRestOfContent();
// Asks the page for the QR code of `text`; it answers through srm_set_qr().
void MakeQrCode(const std::string& text);
// Offers `text` as a file download named `file_name`.
void Download(const std::string& file_name, const std::string& text);
// Opens the browser's print dialog (the print style sheet shows the certificate alone).
void Print();

} // namespace srm::web
