// The web entry points and frame loop.
// The page (web/loader.js) fetches the wasm, the font and the content files with a progress bar,
// hands the files over with srm_add_file() and calls srm_start(), which draws the first frame at
// once. From then on a requestAnimationFrame loop runs, but it renders only when woken: input,
// resize, a pixel-ratio change, focus, or the UI itself asking for more frames. An idle page makes
// no ImGui frame and no GL call; the canvas keeps its last image.
//
// [SECTION] Content and font intake
// [SECTION] The first view
// [SECTION] Canvas size and fonts
// [SECTION] Frame loop with idle gate
// [SECTION] Start
#include "web_platform.h"
#include "deep_link.h"
#include "font_glyphs.h"
#include "frame_passes.h"
#include "i18n.h"
#include "theme.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace srm::web {

WebState& State() {
    static WebState state;
    return state;
}

static EM_BOOL Tick(double now, void*);

void Wake(double hold_ms) {
    WebState& s = State();
    s.wake = true;
    if (hold_ms > 0) s.awake_until = std::max(s.awake_until, emscripten_performance_now() + hold_ms);
    if (s.app && !s.loop_running) { // asleep: ask for frames again
        s.loop_running = true;
        emscripten_request_animation_frame_loop(Tick, nullptr);
    }
}

// A running clock (quiz time limit, presenter timer) redraws once a second from a timeout, so
// that no animation frame is pending between two seconds.
static void ClockWake(void*) {
    State().clock_timer = false;
    Wake();
}

//-----------------------------------------------------------------------------
// [SECTION] Content and font intake
//-----------------------------------------------------------------------------

static ContentCatalog& PendingCatalog() {
    static ContentCatalog catalog;
    return catalog;
}
static std::vector<unsigned char> g_font_body, g_font_heading;
static std::string g_query, g_saved_progress, g_saved_run, g_saved_display, g_saved_stack, g_page_address;
static bool g_reduced_motion = false;
static bool g_learning_platform = false; // web/lms.js reports to a learning platform
static bool g_system_dark = false;
static std::vector<ImWchar> g_glyph_ranges;
static std::vector<ImWchar> g_first_view_glyph_ranges; // while the first view shows (see below)

} // namespace srm::web

extern "C" {

// Content file (or, with ok == 0, the reason it could not be fetched). `today` is set first.
EMSCRIPTEN_KEEPALIVE void srm_set_today(const char* today) { srm::web::PendingCatalog() = srm::ContentCatalog(today); }

EMSCRIPTEN_KEEPALIVE void srm_add_file(const char* path, const char* data, int length, int ok) {
    std::string_view text(data, size_t(length));
    if (ok) srm::web::PendingCatalog().add_file(path, text);
    else srm::web::PendingCatalog().add_unreadable(path, std::string(text));
}

// The files that follow are the first view's: the content summary and the first model cut down.
EMSCRIPTEN_KEEPALIVE void srm_begin_first_view() { srm::web::State().first_view = srm::web::FirstView::showing; }

// The whole content follows (see srm::web::RequestRestOfContent), into a new catalog.
EMSCRIPTEN_KEEPALIVE void srm_begin_rest() {
    srm::web::PendingCatalog() = srm::ContentCatalog(srm::web::State().app->catalog().today());
}

// The interface's string table for the page's language (strings.<lang>.json), fetched only for a
// language other than English. A table that cannot be read leaves the interface in English.
EMSCRIPTEN_KEEPALIVE void srm_set_strings(const char* data, int length) {
    std::string error;
    if (!srm::ui::LoadStrings(std::string_view(data, size_t(length)), error))
        std::fprintf(stderr, "strings: %s\n", error.c_str());
}

// The page's query string (deep link) and the saved progress document, read by the page.
EMSCRIPTEN_KEEPALIVE void srm_set_query(const char* query) { srm::web::g_query = query; }
// The language the page chose (link, saved choice, browser languages, else English); it fetched the
// content translations for that language only.
EMSCRIPTEN_KEEPALIVE void srm_set_language(const char* lang) { srm::ui::SetLanguage(lang ? lang : "en"); }
// The page's address without query or fragment, for the join links of workshop rooms.
EMSCRIPTEN_KEEPALIVE void srm_set_page_address(const char* address) { srm::web::g_page_address = address; }
EMSCRIPTEN_KEEPALIVE void srm_set_saved_progress(const char* text) { srm::web::g_saved_progress = text; }
EMSCRIPTEN_KEEPALIVE void srm_set_saved_run(const char* text) { srm::web::g_saved_run = text; }
EMSCRIPTEN_KEEPALIVE void srm_set_saved_display(const char* text) { srm::web::g_saved_display = text; }
EMSCRIPTEN_KEEPALIVE void srm_set_saved_stack(const char* text) { srm::web::g_saved_stack = text; }

// prefers-color-scheme: dark, now and whenever it changes (a theme in the link wins).
EMSCRIPTEN_KEEPALIVE void srm_set_system_dark(int dark) {
    srm::web::g_system_dark = dark != 0;
    if (srm::web::State().app) srm::web::State().app->SetSystemTheme(dark != 0);
    srm::web::Wake();
}

// prefers-reduced-motion, now and whenever it changes.
// Whether a learning platform (web/lms.js) records this page's results; it then offers no certificate.
EMSCRIPTEN_KEEPALIVE void srm_set_learning_platform(int active) { srm::web::g_learning_platform = active != 0; }

EMSCRIPTEN_KEEPALIVE void srm_set_reduced_motion(int reduced) {
    srm::web::g_reduced_motion = reduced != 0;
    if (srm::web::State().app) srm::web::State().app->SetReducedMotion(reduced != 0);
    srm::web::Wake();
}

// The subset font's glyph list from the site's manifest (font_glyphs.h); without one the
// baseline is rasterised.
EMSCRIPTEN_KEEPALIVE void srm_set_glyphs(const char* list) {
    srm::web::g_glyph_ranges = srm::ui::GlyphRangesFromList(list);
}

// The glyphs the first view can draw (the manifest's firstView.glyphs for the page's language):
// rasterised alone while it shows, fewer than half the font's, since the atlas is built before the
// first frame. The first input brings the whole list back (srm::web::NoteInput).
EMSCRIPTEN_KEEPALIVE void srm_set_first_view_glyphs(const char* list) {
    srm::web::g_first_view_glyph_ranges = srm::ui::ListedGlyphRanges(list);
}

// Font file bytes; `role` 0 = body text, 1 = headings.
EMSCRIPTEN_KEEPALIVE void srm_add_font(int role, const unsigned char* data, int length) {
    (role == 0 ? srm::web::g_font_body : srm::web::g_font_heading).assign(data, data + length);
}

} // extern "C"

namespace srm::web {

// The app on the content handed over (finished here, in the page's language), with everything
// else the page handed over: display, saved data, the link.
static void StartApp() {
    WebState& s = State();
    ContentCatalog& catalog = PendingCatalog();
    catalog.set_language(srm::ui::Language());
    catalog.finish();
    s.app = std::make_unique<srm::ui::App>(std::move(catalog));
    s.app->SetReducedMotion(g_reduced_motion);
    s.app->SetLearningPlatform(g_learning_platform);
    s.app->SetSystemTheme(g_system_dark);
    s.app->SetPageAddress(g_page_address);
    s.app->SetClock(emscripten_get_now() / 1000.0);
    s.app->SetSeed(std::uint64_t(emscripten_get_now() * 1000.0) ^ std::uint64_t(emscripten_random() * 4294967296.0));
    s.app->LoadProgress(g_saved_progress);
    s.app->LoadRun(g_saved_run);
    s.app->LoadDisplay(g_saved_display);
    s.app->LoadStack(g_saved_stack);
    s.app->ApplyDeepLink(srm::parse_deep_link(g_query, srm::ui::Languages()));
}

//-----------------------------------------------------------------------------
// [SECTION] The first view
//-----------------------------------------------------------------------------
// A first visit to the plain home page starts with the content summary and the first model cut
// down to the service the home page draws (the page decides, see web/loader.js): enough for the
// home page, which lists everything from the summary. The first input of any kind asks the page
// for the content; frames then wait, the input queued in ImGui, until it is in and the app is
// rebuilt on the whole catalog, so the input lands on the same home page with everything behind
// it. Nothing was saved in between: no input reached the first app.

static bool SyncFontScale();

void NoteInput() {
    WebState& s = State();
    if (s.first_view != FirstView::showing || !s.app) return;
    s.first_view = FirstView::completing;
    RequestRestOfContent();
    // Every glyph of the font, rasterised while the rest downloads: what follows may show any.
    if (!g_first_view_glyph_ranges.empty()) {
        g_first_view_glyph_ranges.clear();
        s.font_scale = 0;
        SyncFontScale();
    }
}

static void CompleteContent() {
    WebState& s = State();
    StartApp();
    s.app->SetScale(s.font_scale); // the fonts hold every glyph of the subset font already
    s.first_view = FirstView::off;
    Wake();
}

//-----------------------------------------------------------------------------
// [SECTION] Canvas size and fonts
//-----------------------------------------------------------------------------

constexpr float kBodyFontPx = 17.0f;
constexpr float kHeadingFontPx = 27.0f;
constexpr float kSubheadingFontPx = 18.0f;

static void BuildFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const ImWchar* glyphs = g_first_view_glyph_ranges.empty() ? g_glyph_ranges.data() : g_first_view_glyph_ranges.data();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes stay ours, for rebuilding at another scale
    config.OversampleH = 1;              // crisp at every pixel ratio; halves the atlas build time
    ui::Fonts& fonts = ui::UiFonts();
    fonts.body = io.Fonts->AddFontFromMemoryTTF(g_font_body.data(), int(g_font_body.size()),
                                                std::round(kBodyFontPx * scale), &config, glyphs);
    std::vector<unsigned char>& heading = g_font_heading.empty() ? g_font_body : g_font_heading;
    fonts.heading = io.Fonts->AddFontFromMemoryTTF(heading.data(), int(heading.size()),
                                                   std::round(kHeadingFontPx * scale), &config, glyphs);
    fonts.subheading = io.Fonts->AddFontFromMemoryTTF(heading.data(), int(heading.size()),
                                                      std::round(kSubheadingFontPx * scale), &config, glyphs);
    io.FontDefault = fonts.body;
    io.Fonts->Build();
    State().font_glyphs = fonts.body->Glyphs.Size;
    ui::ApplyStyle(scale);
}

// Matches the backbuffer to the canvas's CSS size x devicePixelRatio. Returns true on change.
static bool SyncCanvasSize() {
    WebState& s = State();
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    float ratio = float(emscripten_get_device_pixel_ratio());
    if (ratio <= 0) ratio = 1;
    bool ratio_changed = ratio != s.pixel_ratio;
    if (float(w) == s.css_width && float(h) == s.css_height && !ratio_changed) return false;
    s.css_width = float(w);
    s.css_height = float(h);
    s.pixel_ratio = ratio;
    int fb_w = std::max(1, int(std::lround(w * ratio))), fb_h = std::max(1, int(std::lround(h * ratio)));
    // Setting a canvas's size clears it even when it does not change; the page sized it at start.
    int now_w = 0, now_h = 0;
    emscripten_get_canvas_element_size("#canvas", &now_w, &now_h);
    if (now_w != fb_w || now_h != fb_h) emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
    ImGui::GetIO().DisplaySize = ImVec2(float(fb_w), float(fb_h));
    return true;
}

// The font atlas goes to the GPU as luminance and alpha, two bytes a texel where the backend's
// RGBA takes four, in bands of rows so that no full-size copy is made; the atlas's pixels are then
// freed, since drawing needs only where each glyph lies. White luminance keeps the backend's
// shader (vertex colour x texel) unchanged.
static GLuint g_font_texture = 0;
static void UploadFontAtlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* alpha = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    if (g_font_texture) glDeleteTextures(1, &g_font_texture);
    glGenTextures(1, &g_font_texture);
    glBindTexture(GL_TEXTURE_2D, g_font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, width, height, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, nullptr);
    constexpr int kBandRows = 32;
    std::vector<unsigned char> band(size_t(width) * kBandRows * 2, 255);
    for (int y = 0; y < height; y += kBandRows) {
        int rows = std::min(kBandRows, height - y);
        const unsigned char* from = alpha + size_t(y) * size_t(width);
        for (size_t i = 0, n = size_t(width) * size_t(rows); i < n; ++i) band[2 * i + 1] = from[i];
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y, width, rows, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, band.data());
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glBindTexture(GL_TEXTURE_2D, 0);
    atlas.SetTexID(ImTextureID(intptr_t(g_font_texture)));
    atlas.ClearTexData();
    State().font_atlas_bytes = size_t(width) * size_t(height) * 2;
}

// The backend uploads the atlas as RGBA when it creates its shader and buffers; it does that here
// on a one-glyph atlas, which is then dropped, so the real atlas only ever goes up through
// UploadFontAtlas().
static void CreateDeviceObjects() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    static const ImWchar kSpaceOnly[] = {0x20, 0x20, 0};
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    atlas.AddFontFromMemoryTTF(g_font_body.data(), int(g_font_body.size()), 8.0f, &config, kSpaceOnly);
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    atlas.Clear();
}

// Fonts are rasterised at the pixel ratio times the app's text scale (the presenter view draws
// larger type); they are rebuilt only when that product changes.
static bool SyncFontScale() {
    WebState& s = State();
    float scale = s.pixel_ratio * s.app->text_scale();
    if (scale == s.font_scale || g_font_body.empty()) return false;
    s.font_scale = scale;
    BuildFonts(scale);
    UploadFontAtlas();
    s.app->SetScale(scale);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Frame loop with idle gate
//-----------------------------------------------------------------------------

constexpr int kSettleFrames = 4; // ImGui needs a few frames to settle after an event (Tab resolves over two)

static const char* CssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
    }
}

// Carries out one request of the app. Every kind is named here (no default), so a new kind does
// not compile until it is handled.
static void CarryOut(const ui::PlatformRequest& request) {
    using Kind = ui::PlatformRequest::Kind;
    const char* slot = nullptr; // the storage slot of a save
    switch (request.kind) {
    case Kind::release_focus: ReleaseFocus(); return;
    case Kind::post_event: PostEvent(request.payload, request.origin); return;
    case Kind::make_qr: MakeQrCode(request.payload); return;
    case Kind::announce: Announce(request.payload); return;
    case Kind::switch_language: SwitchLanguage(request.payload); return;
    case Kind::download: Download(request.file_name, request.payload); return;
    case Kind::print: Print(); return;
    case Kind::save_progress: slot = "progress"; break;
    case Kind::save_run: slot = "run"; break;
    case Kind::save_display: slot = "display"; break;
    case Kind::save_stack: slot = "stack"; break;
    case Kind::backup_progress: slot = "backup"; break;
    }
    if (!slot || Store(slot, request.payload)) return;
    static bool told = false; // say it once, not after every answer
    if (!told) {
        State().app->AddNotice(ui::T("This browser does not let SRM Trainer save progress here. It is kept until you close the page; "
                                     "use \"Your progress\" to copy a progress code and carry it over."));
        Wake(); // the notice is drawn in the next frames
    }
    told = true;
}

// What can wait until the frame is on screen: the app's requests (saving the run, events for the
// host page, words for the live region), the DOM mirror and the height a host page sizes its
// iframe to. A timeout set from the animation-frame callback runs after the browser painted; if
// the next animation frame comes first, it runs there, before that frame is drawn.
static void AfterPaint(void*) {
    WebState& s = State();
    if (!s.after_paint_pending) return;
    s.after_paint_pending = false;
    for (const ui::PlatformRequest& request : s.app->TakeRequests()) CarryOut(request);
    // The DOM mirror follows what a screen reader would hear (not positions, which scroll).
    std::uint64_t heard = s.app->semantics().content_hash();
    if (heard != s.mirrored) {
        s.mirrored = heard;
        SyncMirror(s.app->semantics().to_json(1, false));
    }
    float height = std::ceil(s.app->content_height() / s.pixel_ratio);
    if (std::fabs(height - s.reported_height) >= 1) {
        s.reported_height = height;
        char event[128];
        std::snprintf(event, sizeof event,
                      "{\"source\":\"srm-trainer\",\"version\":1,\"type\":\"resize\",\"height\":%d}", int(height));
        PostEvent(event, s.app->display().parent_origin.empty() ? "*" : s.app->display().parent_origin);
    }
}

// One presented frame: as many ImGui passes as the input and the app's changes need (at most
// `max_passes`), so that it shows what the input did (frame_passes.h); only the last pass is drawn.
static void RenderFrame(double now, int max_passes = ui::kMaxPasses) {
    WebState& s = State();
    double started = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    double dt = s.last_frame_time > 0 ? (now - s.last_frame_time) / 1000.0 : 1.0 / 60.0;
    s.last_frame_time = now;

    ImGui_ImplOpenGL3_NewFrame();
    s.app->SetClock(emscripten_get_now() / 1000.0);
    s.passes += unsigned(ui::RunPasses(*s.app, float(std::clamp(dt, 1.0 / 240.0, 0.1)), {},
                                       max_passes)); // an idle gap is not elapsed UI time
    glViewport(0, 0, int(io.DisplaySize.x), int(io.DisplaySize.y));
    ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::Colors().background);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++s.frames;
    s.frame_ms_last = emscripten_get_now() - started;
    s.frame_ms_total += s.frame_ms_last;

    static ImGuiMouseCursor last_cursor = ImGuiMouseCursor_COUNT;
    if (ImGui::GetMouseCursor() != last_cursor) {
        last_cursor = ImGui::GetMouseCursor();
        SetCursor(CssCursor(last_cursor));
    }
    if (!s.after_paint_pending) {
        s.after_paint_pending = true;
        emscripten_set_timeout(AfterPaint, 0, nullptr);
    }
    // The UI itself asks for more frames while something is in motion.
    if (ImGui::IsAnyItemActive() || io.WantTextInput || ImGui::IsMouseDragging(0) || s.app->WantsAnimation())
        s.wake = true;
}

static EM_BOOL Tick(double now, void*) {
    WebState& s = State();
    ++s.ticks;
    if (s.first_view == FirstView::completing) { // see [SECTION] The first view
        s.loop_running = false;
        return EM_FALSE;
    }
    bool held = now < s.awake_until;
    // A running quiz timer redraws once a second.
    if (s.app->WantsClockTicks() && now - s.last_frame_time >= 1000) s.wake = true;
    if (!s.wake && s.settle_frames == 0 && !held) {
        // Idle: stop asking for animation frames until an event, a completion or the clock wakes us.
        s.loop_running = false;
        if (s.app->WantsClockTicks() && !s.clock_timer) {
            s.clock_timer = true;
            emscripten_set_timeout(ClockWake, std::max(1.0, 1000 - (now - s.last_frame_time)), nullptr);
        }
        return EM_FALSE;
    }
    AfterPaint(nullptr); // still pending from the last frame: the mirror and requests first
    // The page wakes the loop on resize and on devicePixelRatio changes, so size is checked here.
    if (SyncCanvasSize()) s.wake = true;
    if (SyncFontScale()) s.wake = true;
    if (s.wake) {
        s.settle_frames = kSettleFrames;
        s.wake = false;
    }
    if (s.settle_frames > 0) --s.settle_frames;
    RenderFrame(now);
    return EM_TRUE;
}

} // namespace srm::web

//-----------------------------------------------------------------------------
// [SECTION] Start
//-----------------------------------------------------------------------------

// Returns 0 on success; otherwise the page shows the reason reported through ReportFatal().
extern "C" EMSCRIPTEN_KEEPALIVE int srm_start() {
    using namespace srm::web;
    WebState& s = State();
    // web/loader.js made this context while the wasm compiled, with the same attributes: the
    // canvas hands it over. Keep the two in step.
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (gl <= 0) {
        ReportFatal("This browser could not create a WebGL2 context for the canvas.");
        return 1;
    }
    emscripten_webgl_make_context_current(gl);
    if (g_font_body.empty()) {
        ReportFatal("The user interface font did not load.");
        return 2;
    }

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigInputTextCursorBlink = false; // a blinking caret would keep the page awake

    // The shader program first: the GPU process compiles it while the app, the fonts and the first
    // frame's UI are built (gl_deferred_link.h).
    ImGui_ImplOpenGL3_Init("#version 300 es");
    CreateDeviceObjects();
    if (g_glyph_ranges.empty()) g_glyph_ranges = srm::ui::GlyphRangesFromList("");
    StartApp();

    s.pixel_ratio = 0; // forces the first SyncCanvasSize to size the canvas (fonts follow in SyncFontScale)
    SyncCanvasSize();
    SyncFontScale();
    InstallClipboard();
    InstallInputCallbacks();
    Wake(); // starts the frame loop; it stops itself when idle
    // The first frame is drawn now, as the app starts, instead of an animation frame later, from
    // one pass: a second would only settle the page's unseen first focus and draw the same
    // (test_presented_frames.cpp). The loop then settles it as after any wake.
    RenderFrame(emscripten_performance_now(), 1);
    std::string problem;
    if (!CheckDeferredLink(problem)) {
        ReportFatal(("This browser could not draw with WebGL2: " + problem).c_str());
        return 3;
    }
    return 0;
}

// The rest of the content is in (see [SECTION] The first view).
extern "C" EMSCRIPTEN_KEEPALIVE void srm_complete_content() { srm::web::CompleteContent(); }
