// The provider's diagram for one service: customer band above provider band, each layer a row of
// control tiles showing their owner in colour, pattern and words, and the responsibility line
// drawn across the stack where the core's line boundary puts it. Used by the explorer (tiles
// are buttons that open a cell's detail), by home and by lessons (read-only excerpts).
#pragma once
#include "screens.h"

namespace srm::ui {

struct DiagramOptions {
    const char* id_prefix = "model";      // semantic ids: "<prefix>.cell.<control>"
    bool interactive = true;              // tiles are buttons that select the control
    std::vector<std::string> only_layers; // draw just these layers; empty = all
    const char* line_id = nullptr;        // draw the line across the stack, recorded under this id; null = no line
    float line_place = -1;                // where to draw it (LinePlace's scale, gliding); below 0 = its right place
    bool reveal_line = false;             // scroll the line's right place into view when the service or settings change
    float reveal_keep_top = -1; // screen y kept at the top when revealing the line (the picker); below 0: none
};

// Where the line sits on a service's stack: the share of its applicable layers below the line
// (0 = under the bottom layer, 1 = over the top one), at the middle of the right range. The
// explorer glides between these places. Only meaningful when the boundary is clean.
float LinePlace(const LineBoundary& boundary);

// The line in words: "The line for Amazon RDS: between … and …." with the layers shared on it,
// or that the service has no clean line.
std::string LineSentence(const ResponsibilityModel& model, const Service& service, const LineBoundary& boundary);

void DrawDiagram(const App& app, const ResponsibilityModel& model, const std::string& service_id,
                 const SettingChoice& choice, const DiagramOptions& options, Intents& out);

// What the provider does out of the box, in words: "On by default since 2023-01-05: …." or
// "Off until you turn it on: …." (empty when the ownership states no default).
std::string DefaultSentence(const Ownership& ownership);

// True when the ownership was last checked more than kStaleAfterDays ago.
bool IsStale(const App& app, const Ownership& ownership);

} // namespace srm::ui
