// The provider's diagram for one service: customer band above provider band, each layer a row of
// control tiles showing their owner in colour, pattern and words. Used by the explorer (tiles
// are buttons that open a cell's detail) and by lessons (a read-only excerpt of chosen layers).
#pragma once
#include "screens.h"

namespace srm::ui {

struct DiagramOptions {
    const char* id_prefix = "model";          // semantic ids: "<prefix>.cell.<control>"
    bool interactive = true;                  // tiles are buttons that select the control
    std::vector<std::string> only_layers;     // draw just these layers; empty = all
};

void DrawDiagram(const App& app, const ResponsibilityModel& model, const std::string& service_id,
                 const SettingChoice& choice, const DiagramOptions& options, Intents& out);

// What the provider does out of the box, in words: "On by default since 2023-01-05: …." or
// "Off until you turn it on: …." (empty when the ownership states no default).
std::string DefaultSentence(const Ownership& ownership);

// True when the ownership was last checked more than kStaleAfterDays ago.
bool IsStale(const App& app, const Ownership& ownership);

} // namespace srm::ui
