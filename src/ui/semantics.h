// The semantics layer: every heading and interactive widget a frame draws is also recorded as a
// node {id, role, label, state, rect}. The web shell mirrors the nodes for assistive technology,
// browser tests find widgets through them, and link nodes carry the URL that the platform opens
// from the input event itself (a user gesture).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace srm::ui {

struct SemanticNode {
    std::string id;    // stable across frames, e.g. "home.model.aws"
    std::string role;  // heading, button, radio, checkbox, link, text, textbox, progress, tab, img,
                       // combobox, option, slider, and for tables: table, columnheader, rowheader, cell
    std::string label; // what a screen reader would say
    std::string state; // space-separated flags: focused hovered checked selected disabled correct wrong
                       // tabstop (a radio group's one Tab stop), default (Enter in the answers presses it)
    std::string href;  // links only
    std::string value; // text boxes: the current text; progress: percent; table cells: column;
                       // sliders: the current value in words
    float x = 0, y = 0, w = 0, h = 0; // in framebuffer pixels
    int level = 0;                    // headings: 1..3
    int min = 0, max = 0, now = 0;    // sliders: the range and the current value (below min: not set yet)
};

class Semantics {
public:
    void begin_frame() { nodes_.clear(); }
    SemanticNode& add(SemanticNode node) {
        nodes_.push_back(std::move(node));
        return nodes_.back();
    }
    const std::vector<SemanticNode>& nodes() const { return nodes_; }
    SemanticNode& last() { return nodes_.back(); }
    const SemanticNode* find(const std::string& id) const;
    // JSON array of nodes with rects divided by `pixel_ratio` (framebuffer -> CSS pixels); without
    // rects for the DOM mirror, which then changes only when what a reader hears changes.
    std::string to_json(float pixel_ratio, bool with_rects = true) const;
    // A hash of what a reader would hear (everything but the rects), to notice changes cheaply.
    std::uint64_t content_hash() const;

private:
    std::vector<SemanticNode> nodes_;
};

} // namespace srm::ui
