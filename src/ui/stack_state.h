// What the "Your stack" screen holds (applied in app_stack.cpp): the worksheet being built, in
// one cloud, and the texts being typed before they are used.
#pragma once
#include "model_queries.h"
#include "worksheet.h"
#include <string>

namespace srm::ui {

struct StackState {
    const ResponsibilityModel* model = nullptr; // the worksheet's cloud; null until the screen opens
    Worksheet worksheet;                        // tidied against `model` after every change
    std::string party_draft;                    // a third party's name being typed
    std::string code_draft;                     // a worksheet code being pasted
};

} // namespace srm::ui
