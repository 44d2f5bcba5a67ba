// Everything that crosses the JavaScript boundary: functions the page calls (exported with
// EMSCRIPTEN_KEEPALIVE) and page functions the app calls (EM_JS). web/loader.js is the other side.
//
// [SECTION] Page functions called from C++
// [SECTION] Clipboard
// [SECTION] Exports: state and semantics for window.srm
#include "web_platform.h"
#include "widgets.h"
#include "imgui.h"
#include <emscripten.h>
#include <nlohmann/json.hpp>
#include <string>

//-----------------------------------------------------------------------------
// [SECTION] Page functions called from C++
//-----------------------------------------------------------------------------

EM_JS(void, srm_js_release_focus, (), {
    if (Module.srmHost) Module.srmHost.releaseFocus();
});
EM_JS(void, srm_js_set_cursor, (const char* cursor), {
    if (Module.canvas) Module.canvas.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, srm_js_load_rest, (), {
    if (Module.srmHost) Module.srmHost.loadRest();
});
EM_JS(void, srm_js_fatal, (const char* message), {
    if (Module.srmHost) Module.srmHost.fatal(UTF8ToString(message));
});
EM_JS(int, srm_js_store, (const char* slot, const char* text),
      { return Module.srmHost ? (Module.srmHost.store(UTF8ToString(slot), UTF8ToString(text)) ? 1 : 0) : 0; });
EM_JS(void, srm_js_post_event, (const char* payload, const char* origin), {
    if (Module.srmHost) Module.srmHost.postEvent(UTF8ToString(payload), UTF8ToString(origin));
});
EM_JS(void, srm_js_make_qr, (const char* text), {
    if (Module.srmHost) Module.srmHost.makeQr(UTF8ToString(text));
});
EM_JS(void, srm_js_download, (const char* name, const char* text), {
    if (Module.srmHost) Module.srmHost.download(UTF8ToString(name), UTF8ToString(text));
});
EM_JS(void, srm_js_announce, (const char* text), {
    if (window.srmMirror) window.srmMirror.announce(UTF8ToString(text));
});
EM_JS(void, srm_js_sync_mirror, (const char* nodes), {
    if (window.srmMirror) window.srmMirror.sync(JSON.parse(UTF8ToString(nodes)));
});
EM_JS(void, srm_js_switch_language, (const char* lang), {
    if (Module.srmHost) Module.srmHost.switchLanguage(UTF8ToString(lang));
});
EM_JS(void, srm_js_print, (), { window.print(); });
EM_JS(void, srm_js_clipboard_write, (const char* text), {
    if (Module.srmHost) Module.srmHost.clipboardWrite(UTF8ToString(text));
});

namespace srm::web {

void ReleaseFocus() { srm_js_release_focus(); }
void SetCursor(const char* css_cursor) { srm_js_set_cursor(css_cursor); }
void ReportFatal(const char* message) { srm_js_fatal(message); }
void PostEvent(const std::string& payload, const std::string& origin) {
    srm_js_post_event(payload.c_str(), origin.c_str());
}
bool Store(const char* slot, const std::string& text) { return srm_js_store(slot, text.c_str()) != 0; }
void SwitchLanguage(const std::string& lang) { srm_js_switch_language(lang.c_str()); }
void Announce(const std::string& text) { srm_js_announce(text.c_str()); }
void SyncMirror(const std::string& nodes_json) { srm_js_sync_mirror(nodes_json.c_str()); }
void MakeQrCode(const std::string& text) { srm_js_make_qr(text.c_str()); }
void RequestRestOfContent() { srm_js_load_rest(); }
void Download(const std::string& file_name, const std::string& text) {
    srm_js_download(file_name.c_str(), text.c_str());
}
void Print() { srm_js_print(); }

//-----------------------------------------------------------------------------
// [SECTION] Clipboard
//-----------------------------------------------------------------------------
// Copy goes straight to navigator.clipboard. Paste arrives as a DOM paste event (the only way a
// page may read the clipboard without a permission prompt): the page hands the text over with
// srm_paste() before the Ctrl+V key reaches ImGui, which then reads it back from here.

static std::string g_clipboard;

static const char* GetClipboardText(void*) { return g_clipboard.c_str(); }
static void SetClipboardText(void*, const char* text) {
    g_clipboard = text ? text : "";
    srm_js_clipboard_write(g_clipboard.c_str());
}

void InstallClipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = GetClipboardText;
    io.SetClipboardTextFn = SetClipboardText;
}

} // namespace srm::web

//-----------------------------------------------------------------------------
// [SECTION] Exports: state and semantics for window.srm
//-----------------------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void srm_paste(const char* text) {
    srm::web::NoteInput();
    srm::web::g_clipboard = text ? text : "";
    srm::web::Wake();
}

EMSCRIPTEN_KEEPALIVE const char* srm_semantics_json() {
    static std::string out;
    srm::web::WebState& s = srm::web::State();
    out = s.app ? s.app->semantics().to_json(s.pixel_ratio) : "[]";
    return out.c_str();
}

// Only the links and text boxes, for the page's pointer and key handlers, which open a link or
// focus a text box's mirror from the input event itself: every node would cost a frame's time on
// a busy screen, on the way to the app's own handling of the same event.
EMSCRIPTEN_KEEPALIVE const char* srm_link_nodes_json() {
    static std::string out;
    srm::web::WebState& s = srm::web::State();
    srm::ui::Semantics links;
    if (s.app)
        for (const srm::ui::SemanticNode& n : s.app->semantics().nodes())
            if (n.role == "link" || n.role == "textbox") links.add(n);
    out = links.to_json(s.pixel_ratio);
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* srm_state_json() {
    static std::string out;
    srm::web::WebState& s = srm::web::State();
    nlohmann::json j = nlohmann::json::object();
    if (s.app) s.app->DescribeState(j);
    j["content_stage"] = s.first_view == srm::web::FirstView::off       ? "complete"
                         : s.first_view == srm::web::FirstView::showing ? "first-view"
                                                                        : "loading";
    j["counters"] = {{"ticks", s.ticks},
                     {"frames", s.frames},
                     {"passes", s.passes},
                     {"awake", s.loop_running},
                     {"frame_ms_total", s.frame_ms_total},
                     {"frame_ms_last", s.frame_ms_last}};
    j["canvas"] = {{"css_width", s.css_width},
                   {"css_height", s.css_height},
                   {"pixel_ratio", s.pixel_ratio},
                   {"font_atlas_bytes", s.font_atlas_bytes},
                   {"font_glyphs", s.font_glyphs}};
    out = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE void srm_wake() { srm::web::Wake(); }

// The accessibility mirror (web/mirror.js): a DOM element was focused or activated, its text
// edited, or a key pressed on it that the widget takes itself (a slider's arrows); the same
// widget follows in the next frames.
EMSCRIPTEN_KEEPALIVE void srm_focus(const char* id) {
    srm::web::NoteInput();
    srm::ui::RequestFocus(id ? id : "");
    srm::web::Wake();
}
EMSCRIPTEN_KEEPALIVE void srm_activate(const char* id) {
    srm::web::NoteInput();
    srm::ui::RequestActivate(id ? id : "");
    srm::web::Wake();
}
EMSCRIPTEN_KEEPALIVE void srm_press_key(const char* id, const char* key) {
    srm::web::NoteInput();
    ImGuiKey imgui_key = srm::web::KeyFromName(key ? key : "");
    if (imgui_key == ImGuiKey_None) return;
    srm::ui::RequestKey(id ? id : "", imgui_key);
    srm::web::Wake();
}
EMSCRIPTEN_KEEPALIVE void srm_set_text(const char* id, const char* text) {
    srm::web::NoteInput();
    srm::ui::RequestText(id ? id : "", text ? text : "");
    srm::web::Wake();
}

// The QR code the page computed for `text`: `size` x `size` modules as '0'/'1' characters.
EMSCRIPTEN_KEEPALIVE void srm_set_qr(const char* text, int size, const char* modules) {
    srm::web::WebState& s = srm::web::State();
    std::string bits = modules ? modules : "";
    if (!s.app || size <= 0 || bits.size() != size_t(size) * size_t(size)) return;
    std::vector<bool> dark(bits.size());
    for (size_t i = 0; i < bits.size(); ++i) dark[i] = bits[i] == '1';
    s.app->SetQrCode(text ? text : "", size, std::move(dark));
    srm::web::Wake();
}

} // extern "C"
