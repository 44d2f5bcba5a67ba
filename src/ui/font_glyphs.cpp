// Glyph ranges for the UI font (see font_glyphs.h). Keep the baseline in step with
// BASELINE_RANGES in scripts/subset-font.py.
#include "font_glyphs.h"
#include <functional>

namespace srm::ui {

const ImWchar* BaselineGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x007E, // Basic Latin
        0x00A0, 0x00FF, // Latin-1: no-break space, French accents, guillemets
        0x0152, 0x0153, // OE ligatures
        0x0178, 0x0178, // Y with diaeresis
        0x2010, 0x2027, // dashes, typographic quotes, bullet, ellipsis
        0x202F, 0x202F, // narrow no-break space (French punctuation)
        0x2039, 0x203A, // single guillemets
        0x20AC, 0x20AC, // euro sign
        0x2190, 0x2193, // arrows
        0x2197, 0x2197, // north-east arrow: link opens in a new tab
        0x2713, 0x2713, // check mark
        0x2717, 0x2717, // ballot x
        0,
    };
    return ranges;
}

std::vector<ImWchar> GlyphRangesFor(const ContentCatalog& catalog) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(BaselineGlyphRanges());
    auto add = [&](const std::string& s) { builder.AddText(s.c_str(), s.c_str() + s.size()); };
    for (const ResponsibilityModel& m : catalog.models()) {
        for (const std::string* s : {&m.title, &m.summary, &m.provider}) add(*s);
        for (const Party& p : m.parties) {
            add(p.label);
            add(p.band);
        }
        for (const Layer& l : m.layers) add(l.label);
        for (const Category& c : m.categories) {
            add(c.label);
            add(c.summary);
        }
        for (const Service& s : m.services) {
            add(s.name);
            for (const Setting& setting : s.settings) {
                add(setting.label);
                for (const SettingOption& o : setting.options) add(o.label);
            }
        }
        add(m.edition);
        for (const Control& c : m.controls) add(c.label);
        for (const Cell& c : m.cells) {
            add(c.explanation);
            add(c.provider_default.what);
            for (const Variant& v : c.variants) {
                add(v.explanation);
                add(v.provider_default.what);
            }
        }
    }
    for (const Quiz& q : catalog.quizzes()) {
        add(q.title);
        add(q.description);
        std::function<void(const Question&)> add_question = [&](const Question& question) {
            add(question.prompt);
            add(question.case_text);
            add(question.explanation);
            for (const std::string& c : question.choices) add(c);
            for (const std::string& f : question.choice_feedback) add(f);
            for (const ClassifyItem& item : question.items) add(item.text);
            for (const std::string& o : question.order) add(o);
            for (const Question& part : question.parts) add_question(part);
        };
        for (const Question& question : q.questions) add_question(question);
    }
    for (const Lesson& l : catalog.lessons()) {
        add(l.title);
        add(l.summary);
        for (const std::string& p : l.paragraphs) add(p);
    }
    for (const ResourceGroup& g : catalog.resources()) {
        add(g.title);
        for (const ResourceLink& link : g.links) {
            add(link.title);
            add(link.description);
        }
    }
    for (const Diagnostic& d : catalog.diagnostics()) add(d.format());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    return std::vector<ImWchar>(ranges.begin(), ranges.end());
}

} // namespace srm::ui
