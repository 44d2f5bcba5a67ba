// Headless UI: the display choices. Text size from 100 % to 200 % in steps, kept with the theme
// for the next visit; at 200 % every screen still fits its width (layouts reflow and scroll
// down, nothing is cut off at the right edge).
#include "bundled_content.h"
#include "deep_link.h"
#include "headless_host.h"
#include <doctest/doctest.h>

using namespace srm;
using srm::headless::HeadlessHost;

TEST_CASE("text size steps from 100% to 200% and is saved with the theme") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 1024, 3000);
    host.Frames(2);
    CHECK(host.Node("home.text.smaller")->state.find("disabled") != std::string::npos);
    for (int i = 0; i < 5; ++i) host.Click("home.text.larger");
    CHECK(app.display().text_size == 200);
    CHECK(app.text_scale() == doctest::Approx(2.0));
    CHECK(host.Node("home.text.larger")->state.find("disabled") != std::string::npos);
    CHECK(host.Node("home.text.size")->label == "Text size: 200%");
    CHECK(host.Click("home.theme.2"));
    std::string saved;
    for (const ui::PlatformRequest& r : app.TakeRequests())
        if (r.kind == ui::PlatformRequest::Kind::save_display) saved = r.payload;
    CHECK(saved == "theme=dark&text=200");
    ui::App next(BundledCatalog());
    next.LoadDisplay(saved);
    CHECK(next.display().text_size == 200);
    CHECK(next.display().theme == "dark");
}

TEST_CASE("at 200% text nothing is cut off at the right edge of any screen") {
    ui::App app(BundledCatalog());
    HeadlessHost host(app, 800, 900);
    app.ApplyDeepLink(parse_deep_link("?text=200"));
    host.Frames(3);
    auto check_page = [&](const std::string& page) {
        int checked = 0;
        for (const ui::SemanticNode& n : app.semantics().nodes()) {
            if (n.role == "cell" || n.role == "option" || n.w == 0) continue; // the matrix scrolls sideways by design
            INFO(page, ": ", n.id, " ends at ", n.x + n.w);
            CHECK(n.x + n.w <= 800.5f);
            ++checked;
        }
        CHECK(checked > 5);
    };
    check_page("home");
    for (const char* link : {"?view=explore&cloud=aws&service=lambda", "?view=compare&cloud=aws&service=ec2&compare=s3",
                             "?lesson=line-moves", "?view=resources", "?view=quiz", "?quiz=services&seed=3"}) {
        app.ApplyDeepLink(parse_deep_link(link));
        host.Frames(3);
        check_page(link);
    }
    app.Apply(ui::intent::OpenWorkshop{});
    host.Frames(3);
    check_page("workshop");
    app.Apply(ui::intent::OpenRoomSummary{});
    host.Frames(3);
    check_page("room summary");
}
