// The web platform: the only code that talks to the browser (html5 input, WebGL2, the page).
// main_web.cpp owns the frame loop with its idle gate; web_input.cpp turns DOM events into
// ImGui events; web_bridge.cpp holds every call across the JavaScript boundary.
#pragma once
#include "app.h"
#include "imgui.h"
#include <memory>
#include <string>

namespace srm::web {

struct WebState {
    std::unique_ptr<ui::App> app;
    float css_width = 0, css_height = 0; // canvas size in CSS pixels
    float pixel_ratio = 1;               // devicePixelRatio in effect for the backbuffer
    float font_scale = 0;                // pixel ratio x the app's text scale the fonts were built at
    bool wake = true;                    // something happened: render a few frames
    int settle_frames = 0;               // frames still to render after the last wake
    double awake_until = 0;              // ms timestamp: keep rendering until then (hover delays)
    double last_frame_time = 0;
    bool loop_running = false;     // an animation-frame callback is pending (none while idle)
    bool clock_timer = false;      // a timeout is pending to redraw a running clock
    unsigned long long ticks = 0;  // requestAnimationFrame callbacks
    unsigned long long frames = 0; // frames actually rendered
    double frame_ms_total = 0;     // main-thread time spent inside rendered frames
    double frame_ms_last = 0;
    float reported_height = 0;  // content height last sent to a host page, CSS pixels
    std::uint64_t mirrored = 0; // hash of the semantics last given to the DOM mirror
};

WebState& State();

// Wakes the frame loop (asking for an animation frame if none is pending: while idle there is
// none at all); `hold_ms` keeps it rendering that long (for delayed UI such as tooltips).
void Wake(double hold_ms = 0);

void InstallInputCallbacks();
// The ImGui key of a DOM KeyboardEvent.key name ("ArrowUp", "Home", "Tab"...), or ImGuiKey_None.
ImGuiKey KeyFromName(const char* key);

// Calls into the page (implemented in web_bridge.cpp with EM_JS).
void ReleaseFocus();
void SetCursor(const char* css_cursor);
void ReportFatal(const char* message);
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
// Asks the page for the QR code of `text`; it answers through srm_set_qr().
void MakeQrCode(const std::string& text);
// Offers `text` as a file download named `file_name`.
void Download(const std::string& file_name, const std::string& text);
// Opens the browser's print dialog (the print style sheet shows the certificate alone).
void Print();

} // namespace srm::web
